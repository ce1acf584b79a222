package vn.dangvu.logic.backup;

import java.time.LocalDateTime;

/** What a backup holds, shown before restoring it: when it was taken, the committee, how many members. */
public record BackupPreview(LocalDateTime takenAt, String committee, int members) {
}
