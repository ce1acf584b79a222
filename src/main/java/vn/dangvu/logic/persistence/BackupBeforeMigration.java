package vn.dangvu.logic.persistence;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Before the first migration that changes an existing database's schema (a new version of the
 * app), a copy of the database as it was: sao-luu/truoc-cap-nhat-….zip in the data folder, which
 * the next start puts back if the upgrade never finishes ({@link UnfinishedUpgrade}).
 */
final class BackupBeforeMigration implements Callback {

    private final Path folder;
    private boolean due;

    /** @param existed whether the database was there before this start (a new one has nothing to keep) */
    BackupBeforeMigration(Path folder, boolean existed) {
        this.folder = folder;
        this.due = existed;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (!due) {
            return;
        }
        due = false;
        UnfinishedUpgrade.begin(folder, take(folder, context.getConnection(), "truoc-cap-nhat-"));
    }

    /** A copy of the open database as it is, before it is changed: sao-luu/{prefix}{time}.zip. */
    static Path take(Path folder, java.sql.Connection connection, String prefix) {
        Path zip = folder.resolve(DataFile.BACKUP_FOLDER).resolve(prefix
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss")) + ".zip");
        FolderPermissions.createPrivate(zip.getParent());
        DataFile.backup(connection, zip);
        return zip;
    }

    @Override
    public String getCallbackName() {
        return "backup-before-migration";
    }
}
