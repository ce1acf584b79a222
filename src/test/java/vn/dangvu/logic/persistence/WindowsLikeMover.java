package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Moves files as Windows does: while another handle has the file or its target open (an antivirus
 * scanner, the search indexer), the move is refused with "access denied". Linux never refuses, so
 * the tests open a real handle and this stand-in refuses while it is open.
 */
public final class WindowsLikeMover implements RetryingMove.Mover {

    private final Map<Path, FileChannel> held = new HashMap<>();
    private int refusals;

    /** Opens the file as another program would and keeps it open until {@link #letGo}. */
    public void holdOpen(Path file) throws IOException {
        held.put(file.toAbsolutePath(), FileChannel.open(file, StandardOpenOption.READ));
    }

    public void letGo(Path file) throws IOException {
        FileChannel channel = held.remove(file.toAbsolutePath());
        if (channel != null) {
            channel.close();
        }
    }

    public int refusals() {
        return refusals;
    }

    @Override
    public void move(Path from, Path to, CopyOption... options) throws IOException {
        if (isHeld(from) || isHeld(to)) {
            refusals++;
            throw new AccessDeniedException(from.toString(), to.toString(),
                    "The process cannot access the file because it is being used by another process");
        }
        Files.move(from, to, options);
    }

    private boolean isHeld(Path file) {
        FileChannel channel = held.get(file.toAbsolutePath());
        return channel != null && channel.isOpen();
    }
}
