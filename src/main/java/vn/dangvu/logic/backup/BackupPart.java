package vn.dangvu.logic.backup;

import java.nio.file.Path;
import java.util.Map;

/**
 * Files of the data folder that a backup carries beside the database, such as the scanned papers
 * of issue 19. Each is stored in the zip under its name, listed in the manifest with its size and
 * SHA-256, and checked by {@code verify-backup} like the tables.
 */
@FunctionalInterface
public interface BackupPart {

    /** Name in the zip (with "/" between folders) → the file in the data folder, as they are now. */
    Map<String, Path> files(Path dataFolder);
}
