package vn.dangvu.logic.persistence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether the PostgreSQL server answered the last time it was asked (by a unit of work or by
 * the probe every few seconds), for the status bar. Listeners hear each change, on the thread
 * that noticed it.
 */
public final class ServerStatus {

    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean reachable = true;

    public boolean reachable() {
        return reachable;
    }

    /** @param listener told {@code true} when the server answers again, {@code false} when it stops answering */
    public void listen(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    void reached() {
        change(true);
    }

    void lost() {
        change(false);
    }

    private synchronized void change(boolean now) {
        if (reachable == now) {
            return;
        }
        reachable = now;
        listeners.forEach(listener -> listener.accept(now));
    }
}
