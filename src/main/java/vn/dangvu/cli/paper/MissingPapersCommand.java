package vn.dangvu.cli.paper;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.export.JsonWriter;
import vn.dangvu.model.Branch;
import vn.dangvu.model.paper.MemberMissingPapers;
import vn.dangvu.model.paper.PaperType;

/**
 * missing-papers [--branch NAME] [--json] [--xlsx FILE]: who lacks which papers of the list, as
 * {@code [{"member": "…", "branch": "…", "missing": ["…"]}]} with --json, and the same list as the
 * screen's Excel sheet with --xlsx.
 */
public final class MissingPapersCommand implements Command {

    @Override
    public String name() {
        return "missing-papers";
    }

    @Override
    public String usage() {
        return "missing-papers [--branch \"TÊN CHI BỘ\"] [--json] [--xlsx TỆP.xlsx]   hồ sơ đảng viên còn thiếu giấy tờ"
                + " nào (--xlsx: lưu danh sách để in)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--branch", "--xlsx"), Set.of("--json"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        List<MemberMissingPapers> lines;
        try (Services services = context.openServices()) {
            Branch branch = null;
            if (options.has("--branch")) {
                try {
                    branch = services.meetings().findBranch(options.value("--branch"));
                } catch (RecordRejected e) {
                    context.err().println(e.getMessage());
                    return CommandLine.FAILED;
                }
            }
            lines = services.papers().missing(branch == null ? null : branch.id());
            if (options.has("--xlsx")) {
                Path file = Path.of(options.value("--xlsx"));
                services.papers().saveMissing(branch == null ? null : branch.name(), lines, file);
                context.err().println("Đã lưu danh sách hồ sơ còn thiếu (" + lines.size() + " đảng viên) vào " + file
                        + ".");
            }
        }
        if (options.has("--json")) {
            printJson(context.out(), lines);
        } else {
            printText(context.out(), lines);
        }
        return CommandLine.OK;
    }

    private static void printJson(PrintStream out, List<MemberMissingPapers> lines) {
        JsonWriter json = new JsonWriter().beginArray();
        for (MemberMissingPapers line : lines) {
            json.beginObjectOnOneLine().name("member").value(line.name().full())
                    .name("branch").value(line.branch())
                    .name("missing").beginArray();
            line.missing().forEach(type -> json.value(type.name()));
            json.endArray().endObject();
        }
        out.println(json.endArray());
    }

    private static void printText(PrintStream out, List<MemberMissingPapers> lines) {
        out.println(lines.isEmpty() ? "Hồ sơ của mọi đảng viên đã đủ giấy tờ."
                : "Hồ sơ còn thiếu giấy tờ: " + lines.size() + " đảng viên.");
        for (MemberMissingPapers line : lines) {
            out.println(line.name().full() + " — " + line.branch() + ": "
                    + line.missing().stream().map(PaperType::name).collect(Collectors.joining("; ")));
        }
    }
}
