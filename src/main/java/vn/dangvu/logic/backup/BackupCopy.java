package vn.dangvu.logic.backup;

import java.nio.file.Path;
import vn.dangvu.logic.persistence.Database;

/** A backup opened in a scratch folder: the folder (with its copy of the data) goes when it is closed. */
public record BackupCopy(Database database, Path folder) implements AutoCloseable {

    @Override
    public void close() {
        database.close();
        BackupService.deleteTree(folder);
    }
}
