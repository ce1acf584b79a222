package vn.dangvu.ui;

import vn.dangvu.logic.backup.BackupService;

/** The automatic backup when the window closes (on the database thread, before the database is closed). */
final class OnClose {

    private OnClose() {
    }

    static void backUp(BackupService backups) {
        if (backups == null || backups.onServer()) {
            return;
        }
        try {
            backups.backupNow();
        } catch (RuntimeException e) {
            // Closing must not fail: the status bar shows the last verified backup at the next start.
            System.err.println("Không sao lưu được khi đóng: " + DialogService.messageOf(e));
        }
    }
}
