package vn.dangvu.cli.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.backup.BackupFailed;
import vn.dangvu.logic.paper.PaperBackup;
import vn.dangvu.logic.backup.BackupResult;

/** backup [--to FILE]: a verified backup in the data folder's sao-luu (and the second folder), or also copied to FILE. */
public final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "backup [--to TỆP.zip]    sao lưu và kiểm tra bản sao lưu (--to: chép thêm ra tệp này)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--to"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        try (Services services = context.openServices()) {
            BackupResult result = services.backups().backupNow();
            context.out().println("Đã sao lưu và kiểm tra: " + result.file().file() + " (" + result.tables()
                    + " bảng, " + result.rows() + " dòng khớp với dữ liệu; " + result.papers().manifest().entries().size()
                    + " tệp giấy tờ, " + result.papers().copied() + " tệp mới đã chép và kiểm tra).");
            result.copy().ifPresent(copy -> context.out().println("Bản chép ở thư mục thứ hai: " + copy));
            result.copyProblem().ifPresent(context.err()::println);
            if (options.has("--to")) {
                Path target = Path.of(options.value("--to"));
                try {
                    services.backups().copyOut(result, target);
                } catch (BackupFailed e) {
                    context.err().println(e.getMessage());
                    return CommandLine.FAILED;
                }
                context.out().println("Đã chép ra " + target.toAbsolutePath() + " (giấy tờ trong thư mục "
                        + PaperBackup.FOLDER + " bên cạnh)");
            }
            return CommandLine.OK;
        }
    }
}
