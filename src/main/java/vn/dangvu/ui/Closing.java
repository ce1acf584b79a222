package vn.dangvu.ui;

import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.dangvu.logic.TaskRunner;

/**
 * Closing the window without cutting off the database thread: asks first when work is in
 * progress, then queues the last work (the closing backup, closing the database) behind it and
 * ends the application only when that has run. The screen thread never waits for it: the window
 * says what it is waiting for.
 */
final class Closing {

    static final String TITLE = "Đóng Đảng Vụ";
    static final String WAITING = "Đang lưu…";

    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Executor screen;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private boolean underway;

    /** @param screen runs an update on the screen's thread */
    Closing(TaskRunner tasks, DialogService dialogs, Executor screen) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.screen = screen;
    }

    /**
     * Call on the screen's thread when the window is asked to close.
     *
     * @param lastWork     runs on the database thread after all work submitted before it
     * @param lastWorkText what the window says while it runs ("Đang sao lưu…")
     * @param onClosed     runs on the screen's thread once it has run, failed or not (ends the application)
     * @return whether closing has begun: false when the clerk keeps working, or when it had begun already
     */
    boolean request(Runnable lastWork, String lastWorkText, Runnable onClosed) {
        if (underway) {
            return false;
        }
        if (tasks.busy() && !dialogs.confirm(TITLE, "Đảng Vụ đang làm một việc chưa xong (nhập, sao lưu, khôi phục,"
                + " xuất tệp hoặc đọc dữ liệu). Đóng khi việc đó xong? Việc đang làm không bị cắt ngang.")) {
            return false;
        }
        underway = true;
        status.set(tasks.busy() ? WAITING : lastWorkText);
        tasks.submit(() -> {
            screen.execute(() -> status.set(lastWorkText));
            lastWork.run();
            return null;
        }).whenComplete((done, error) -> {
            if (error != null) {
                System.err.println("Lỗi khi đóng: " + DialogService.messageOf(error));
            }
            screen.execute(onClosed);
        });
        tasks.finish(); // work asked for from now on would find the database closed
        return true;
    }

    /** Whether closing has begun: a screen that finished opening must not replace the closing one. */
    boolean underway() {
        return underway;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
