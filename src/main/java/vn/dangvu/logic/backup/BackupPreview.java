package vn.dangvu.logic.backup;

import java.time.LocalDateTime;
import vn.dangvu.logic.paper.PaperCheck;

/**
 * What a backup holds, shown before restoring it: when it was taken, the committee, how many
 * members, and whether the papers it names are all beside it.
 */
public record BackupPreview(LocalDateTime takenAt, String committee, int members, PaperCheck papers) {
}
