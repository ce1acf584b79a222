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
import vn.dangvu.logic.paper.PaperBackup;
import vn.dangvu.logic.backup.BackupPreview;
import vn.dangvu.logic.backup.BackupResult;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.persistence.DataFileUnreadableException;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;

/** restore --from FILE: replaces the data with a backup's, after a safety backup of the current data. */
public final class RestoreCommand implements Command {


    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore --from TỆP.zip    khôi phục dữ liệu từ bản sao lưu (sao lưu dữ liệu hiện tại trước)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--from"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        Path from = Path.of(options.required("--from"));
        Database database;
        try {
            database = context.openDatabase();
        } catch (DataFileUnreadableException damaged) {
            Path kept = BackupService.replaceDamagedData(context.dataFolder(), from, context.password());
            context.out().println("Dữ liệu hiện tại không mở được; đã thay bằng bản sao lưu " + from.getFileName()
                    + ". Tệp hỏng được giữ lại: " + kept);
            return CommandLine.OK;
        }
        try (Services services = context.services(database)) {
            BackupService backups = services.backups();
            BackupPreview preview = backups.preview(from);
            BackupResult safety = backups.restore(from);
            context.out().println("Đã khôi phục bản sao lưu ngày " + DateFormats.format(preview.takenAt()) + " của "
                    + preview.committee() + " (" + NumberFormats.count(preview.members()) + " đảng viên; "
                    + preview.papers().summary() + ").");
            if (!preview.papers().missing().isEmpty()) {
                context.err().println("Thiếu " + preview.papers().missing().size() + " tệp giấy tờ trong thư mục "
                        + PaperBackup.FOLDER + " cạnh " + from.getFileName() + ": hãy chép thư mục đó về rồi khôi phục lại.");
            }
            context.out().println("Dữ liệu trước khi khôi phục đã được sao lưu vào " + safety.file().file());
            return CommandLine.OK;
        }
    }
}
