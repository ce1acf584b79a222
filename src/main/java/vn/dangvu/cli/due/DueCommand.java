package vn.dangvu.cli.due;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.export.JsonWriter;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.due.DueItem;

/** due [--as-of YYYY-MM-DD] [--json]: việc cần làm (admission and probation deadlines) on a day. */
public final class DueCommand implements Command {

    @Override
    public String name() {
        return "due";
    }

    @Override
    public String usage() {
        return "due [--as-of YYYY-MM-DD] [--json]   việc cần làm (hạn kết nạp, dự bị, công nhận chính thức) tại một ngày";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--as-of"), Set.of("--json"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        LocalDate asOf = options.has("--as-of") ? isoDate("--as-of", options.value("--as-of")) : LocalDate.now();
        List<DueItem> items;
        try (Services services = context.openServices()) {
            items = services.due().dueOn(asOf);
        }
        if (options.has("--json")) {
            printJson(context.out(), items);
        } else {
            printText(context.out(), asOf, items);
        }
        return CommandLine.OK;
    }

    private static LocalDate isoDate(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " phải là một ngày dạng YYYY-MM-DD, không phải \"" + text + "\".");
        }
    }

    private static void printJson(PrintStream out, List<DueItem> items) {
        JsonWriter json = new JsonWriter().beginArray();
        for (DueItem item : items) {
            json.beginObjectOnOneLine().name("kind").value(item.kind().key())
                    .name("member").value(item.person().full())
                    .name("branch").value(item.branch())
                    .name("dueDate").value(item.dueDate().toString())
                    .name("overdue").value(item.overdue());
            if (item.caveat() != null) {
                json.name("caveat").value(item.caveat());
            }
            json.endObject();
        }
        out.println(json.endArray());
    }

    private static void printText(PrintStream out, LocalDate asOf, List<DueItem> items) {
        long overdue = items.stream().filter(DueItem::overdue).count();
        out.println("Việc cần làm ngày " + DateFormats.format(asOf) + ": " + items.size() + " việc"
                + (overdue > 0 ? ", " + overdue + " việc quá hạn." : "."));
        for (DueItem item : items) {
            out.println((item.overdue() ? "QUÁ HẠN  " : "         ") + DateFormats.format(item.dueDate()) + "  "
                    + item.kind().label() + " — " + item.person().full() + " — " + item.branch()
                    + (item.caveat() == null ? "" : " (" + item.caveat() + ")"));
        }
    }
}
