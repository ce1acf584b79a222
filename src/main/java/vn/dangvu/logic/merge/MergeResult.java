package vn.dangvu.logic.merge;

import java.util.Optional;
import vn.dangvu.logic.backup.BackupResult;
import vn.dangvu.model.merge.Handover;

/**
 * A source merged: the plan written, the verified backup taken before it (none for data on a
 * server, whose backups are its administrator's), and the handover record with the file it was printed to.
 */
public record MergeResult(MergePlan plan, Optional<BackupResult> backup, Handover handover, java.nio.file.Path handoverFile) {
}
