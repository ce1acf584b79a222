package vn.dangvu.logic.backup;

/** A backup could not be written, did not verify, or could not be restored; the message says why, in Vietnamese. */
public final class BackupFailed extends RuntimeException {

    public BackupFailed(String message) {
        super(message);
    }

    public BackupFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
