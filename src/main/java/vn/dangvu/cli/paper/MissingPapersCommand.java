package vn.dangvu.cli.paper;

import java.io.PrintStream;
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
import vn.dangvu.model.paper.MemberMissingPapers;
import vn.dangvu.model.paper.PaperType;

/**
 * missing-papers [--branch NAME] [--json]: who lacks which papers of the list, as
 * {@code [{"member": "…", "branch": "…", "missing": ["…"]}]} with --json.
 */
public final class MissingPapersCommand implements Command {

    @Override
    public String name() {
        return "missing-papers";
    }

    @Override
    public String usage() {
        return "missing-papers [--branch \"TÊN CHI BỘ\"] [--json]   hồ sơ đảng viên còn thiếu giấy tờ nào";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--branch"), Set.of("--json"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        List<MemberMissingPapers> lines;
        try (Services services = context.openServices()) {
            Long branchId = null;
            if (options.has("--branch")) {
                try {
                    branchId = services.meetings().findBranch(options.value("--branch")).id();
                } catch (RecordRejected e) {
                    context.err().println(e.getMessage());
                    return CommandLine.FAILED;
                }
            }
            lines = services.papers().missing(branchId);
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
