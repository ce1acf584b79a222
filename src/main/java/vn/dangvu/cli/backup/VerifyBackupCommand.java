package vn.dangvu.cli.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.backup.BackupFailed;
import vn.dangvu.logic.backup.BackupVerifier;

/**
 * verify-backup FILE: checks a backup made by Đảng Vụ on its own, in a scratch folder of the
 * system's temporary folder (the data folder is never opened); exit 0 and one line when it is good,
 * exit 1 and what is wrong when it is not. The password of an encrypted backup comes from the
 * environment, as for every command.
 */
public final class VerifyBackupCommand implements Command {

    @Override
    public String name() {
        return "verify-backup";
    }

    @Override
    public String usage() {
        return "verify-backup TỆP.zip    kiểm tra một bản sao lưu (không đụng đến dữ liệu)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of(), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("Cần đúng một tệp sao lưu.");
        }
        Path zip = Path.of(options.positional().get(0)).toAbsolutePath();
        try {
            BackupVerifier.Verified verified = BackupVerifier.verify(zip, context.password(),
                    Path.of(System.getProperty("java.io.tmpdir")));
            context.out().println(verified.summary());
            return CommandLine.OK;
        } catch (BackupFailed e) {
            context.err().println(e.getMessage());
            return CommandLine.FAILED;
        }
    }
}
