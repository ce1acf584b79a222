package vn.dangvu.ui.main;

import java.util.ArrayList;
import java.util.List;

/**
 * "The register changed": raised by a screen after it recorded, undid or imported something that
 * may change many members (an admission, a transfer, a recognition, an undo, an import). The
 * screens that show members listen and read their data again.
 */
final class RegisterChanged {

    private final List<Runnable> listeners = new ArrayList<>();

    void listen(Runnable listener) {
        listeners.add(listener);
    }

    void stopListening(Runnable listener) {
        listeners.remove(listener);
    }

    void raise() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
