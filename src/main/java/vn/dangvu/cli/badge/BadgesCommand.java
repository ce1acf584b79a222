package vn.dangvu.cli.badge;

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
import vn.dangvu.logic.badge.BadgeService;
import vn.dangvu.logic.export.JsonWriter;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.badge.BadgeCandidate;
import vn.dangvu.model.badge.BadgeRoundList;

/** badges --round YYYY-MM-DD [--json]: the own candidates of a Huy hiệu Đảng round. */
public final class BadgesCommand implements Command {

    @Override
    public String name() {
        return "badges";
    }

    @Override
    public String usage() {
        return "badges --round YYYY-MM-DD [--json]   người đến mốc Huy hiệu Đảng trong một đợt (3/2, 19/5, 2/9, 7/11)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--round"), Set.of("--json"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        if (!options.has("--round")) {
            throw new UsageException("Cần --round YYYY-MM-DD (ngày của đợt xét tặng).");
        }
        LocalDate round = isoDate(options.value("--round"));
        BadgeRoundList list;
        try (Services services = context.openServices()) {
            BadgeService service = services.badges();
            if (!service.rules().isRound(round)) {
                throw new UsageException("Ngày " + DateFormats.format(round) + " không phải ngày xét tặng Huy hiệu Đảng.");
            }
            list = service.round(round);
        }
        if (options.has("--json")) {
            printJson(context.out(), list.own());
        } else {
            printText(context.out(), list);
        }
        return CommandLine.OK;
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--round phải là một ngày dạng YYYY-MM-DD, không phải \"" + text + "\".");
        }
    }

    private static void printJson(PrintStream out, List<BadgeCandidate> lines) {
        JsonWriter json = new JsonWriter().beginArray();
        for (BadgeCandidate line : lines) {
            json.beginObjectOnOneLine().name("member").value(line.name().full())
                    .name("branch").value(line.branch())
                    .name("milestone").value(line.milestone())
                    .name("reachedOn").value(line.reachedOn().toString())
                    .name("excluded").value(line.excluded()).endObject();
        }
        out.println(json.endArray());
    }

    private static void printText(PrintStream out, BadgeRoundList list) {
        out.println("Huy hiệu Đảng đợt " + DateFormats.format(list.round()) + ": " + list.own().size()
                + " người đến mốc, " + list.earlier().size() + " người từ các đợt trước chưa được tặng.");
        for (BadgeCandidate line : list.own()) {
            out.println(String.format("%3d năm  %s  %s — %s%s", line.milestone(), DateFormats.format(line.reachedOn()),
                    line.name().full(), line.branch(), line.excluded() == null ? "" : "  [không đề nghị: " + line.excluded() + "]"));
        }
    }
}
