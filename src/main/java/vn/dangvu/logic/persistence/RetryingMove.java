package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Moves a file over another, trying again for a few seconds while Windows refuses. Windows will
 * not move or replace a file that another program has open, and antivirus scanners and the search
 * indexer open a freshly written file for a moment; Linux never refuses. A move either happens
 * whole or not at all, so a refusal loses nothing.
 */
public final class RetryingMove {

    /** Waits between attempts: about 5 s in all, longer than a scanner usually holds a file. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1500),
            Duration.ofMillis(2000));

    /** The move itself: {@link Files#move}, or a test's stand-in that refuses as Windows does. */
    @FunctionalInterface
    public interface Mover {
        void move(Path from, Path to, CopyOption... options) throws IOException;
    }

    /** The wait between attempts. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration length) throws InterruptedException;
    }

    private final Mover mover;
    private final Pause pause;

    public RetryingMove(Mover mover, Pause pause) {
        this.mover = mover;
        this.pause = pause;
    }

    public static RetryingMove standard() {
        return new RetryingMove(Files::move, length -> Thread.sleep(length.toMillis()));
    }

    /**
     * Moves {@code from} to {@code to} with the options of {@link Files#move}.
     *
     * @throws FileHeldException when the file stayed held through every attempt (nothing was moved)
     * @throws IOException any other failure, at once
     */
    public void move(Path from, Path to, CopyOption... options) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                mover.move(from, to, options);
                return;
            } catch (FileSystemException e) {
                if (!heldByAnotherProgram(e)) {
                    throw e;
                }
                if (attempt == BACKOFF.size() || !waited(BACKOFF.get(attempt))) {
                    throw new FileHeldException(from, to, attempt + 1, e);
                }
            }
        }
    }

    /**
     * Access denied (a scanner holding the file) or the generic error a sharing violation becomes;
     * not a missing file, an existing target or a move the file system cannot make atomically.
     */
    private static boolean heldByAnotherProgram(FileSystemException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    private boolean waited(Duration length) {
        try {
            pause.pause(length);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The file stayed open in another program: said in Vietnamese, with what to do. */
    public static final class FileHeldException extends IOException {

        FileHeldException(Path from, Path to, int attempts, FileSystemException last) {
            super("Windows không cho chuyển tệp " + from.getFileName() + " sang " + to
                    + " vì một chương trình khác đang mở nó (thường là phần mềm diệt virus hoặc công cụ tìm kiếm"
                    + " của Windows); đã thử " + attempts + " lần. Không có gì bị mất; hãy đợi một lát rồi thử lại.",
                    last);
        }
    }
}
