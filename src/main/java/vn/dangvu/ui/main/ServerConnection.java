package vn.dangvu.ui.main;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.ServerStatus;
import vn.dangvu.ui.Background;

/**
 * The status bar's word on the PostgreSQL server (issue 21): whether it answers, when it stopped,
 * and when it answered again. The pool connects again by itself; the clerk only needs to know
 * whether to wait before saving.
 */
final class ServerConnection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ServerAddress server;
    private final Supplier<LocalTime> clock;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper lost = new ReadOnlyBooleanWrapper();

    ServerConnection(ServerAddress server, ServerStatus status, Background background, Supplier<LocalTime> clock) {
        this.server = server;
        this.clock = clock;
        show(status.reachable(), false);
        status.listen(reachable -> background.onScreen(() -> show(reachable, true)));
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty lostProperty() {
        return lost.getReadOnlyProperty();
    }

    private void show(boolean reachable, boolean changed) {
        lost.set(!reachable);
        String at = clock.get().format(TIME);
        if (!reachable) {
            text.set("Không kết nối được máy chủ dữ liệu " + server.url() + " (từ " + at + "); đang thử lại."
                    + " Đừng lưu cho đến khi kết nối lại.");
        } else {
            text.set(changed ? "Đã kết nối lại với máy chủ dữ liệu lúc " + at + "; làm tiếp được."
                    : "Máy chủ dữ liệu: " + server.url() + " (đã kết nối).");
        }
    }
}
