package vn.dangvu.logic.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One verified backup in a backup folder: the file, when it was taken, its size. */
public record BackupFile(Path file, LocalDateTime takenAt, long bytes) {
}
