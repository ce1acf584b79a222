package vn.dangvu.logic.backup;

import java.nio.file.Path;
import java.util.Optional;
import vn.dangvu.logic.paper.PaperBackup;

/**
 * A backup taken and verified.
 *
 * @param file          the backup in the data folder
 * @param copy          its copy in the second folder, if one is set and could be written
 * @param copyProblem   why the copy could not be written (USB stick unplugged), if so
 * @param tables        how many tables were compared
 * @param rows          how many rows in all were compared
 * @param papers        the paper files the backup names, and how many were new
 */
public record BackupResult(BackupFile file, Optional<Path> copy, Optional<String> copyProblem, int tables, long rows,
                           PaperBackup.Copied papers) {
}
