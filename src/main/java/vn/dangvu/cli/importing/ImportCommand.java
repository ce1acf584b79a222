package vn.dangvu.cli.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.importing.ImportPlan;
import vn.dangvu.logic.importing.ImportProgress;
import vn.dangvu.logic.importing.ImportReport;
import vn.dangvu.logic.importing.MemberImportService;

/**
 * import FILE [--dry-run] [--official-12-months]: imports members from the clerk's Excel workbook,
 * all or nothing; the last option writes the 12-month date where Ngày chính thức differs from it.
 */
public final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import TỆP.xlsx [--dry-run] [--official-12-months]    nhập đảng viên từ Excel (--dry-run: chỉ kiểm"
                + " tra, không ghi; --official-12-months: ngày chính thức là ngày đủ 12 tháng dự bị)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of(), Set.of("--dry-run", "--official-12-months"));
        if (options.positional().isEmpty()) {
            throw new UsageException("Thiếu tên tệp Excel cần nhập.");
        }
        if (options.positional().size() > 1) {
            throw new UsageException("Mỗi lần chỉ nhập một tệp; không hiểu \"" + options.positional().get(1) + "\".");
        }
        Path file = Path.of(options.positional().get(0));
        boolean dryRun = options.has("--dry-run");
        try (Services services = context.openServices()) {
            MemberImportService service = services.importer();
            ImportPlan plan = service.preview(file, options.has("--official-12-months"));
            if (plan.hasErrors()) {
                ImportReport.summary("Xem trước tệp " + plan.fileName() + " (chưa nhập):", plan).forEach(context.out()::println);
                context.err().println("Không nhập tệp " + plan.fileName() + " vì có lỗi. Không có gì được ghi.");
                ImportReport.problems("Lỗi", plan.errors()).forEach(context.err()::println);
                ImportReport.problems("Cảnh báo", plan.warnings()).forEach(context.err()::println);
                return CommandLine.FAILED;
            }
            if (!dryRun) {
                service.apply(plan, services.userName(), ImportProgress.NONE, () -> false);
            }
            String heading = dryRun ? "Kiểm tra tệp " + plan.fileName() + " (--dry-run, chưa ghi gì): không có lỗi."
                    : "Đã nhập tệp " + plan.fileName() + ":";
            ImportReport.summary(heading, plan).forEach(context.out()::println);
            ImportReport.problems("Cảnh báo", plan.warnings()).forEach(context.out()::println);
            return CommandLine.OK;
        }
    }
}
