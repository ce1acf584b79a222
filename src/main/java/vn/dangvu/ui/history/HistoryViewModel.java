package vn.dangvu.ui.history;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.history.DeletedEvent;
import vn.dangvu.model.history.HistoryLine;
import vn.dangvu.ui.AppContext;
import vn.dangvu.ui.DialogService;

/** Thùng rác và nhật ký: the events deleted as mistakes (restorable) and the latest lines of the change log. */
public final class HistoryViewModel {

    /** The log screen shows the latest lines; a member's page shows all of that member's. */
    static final int RECENT_LINES = 300;

    private final AppContext context;
    private final ObservableList<DeletedEvent> bin = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Runnable onChanged = () -> { };

    public HistoryViewModel(AppContext context) {
        this.context = context;
    }

    /** Called after a restore or an undo changed the register. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load() {
        context.background().run(() -> new Loaded(context.history().recycleBin(),
                        context.history().recent(RECENT_LINES)),
                loaded -> {
                    bin.setAll(loaded.bin());
                    log.setAll(loaded.log());
                },
                error -> context.dialogs().showError("Thùng rác", DialogService.messageOf(error)));
    }

    private record Loaded(List<DeletedEvent> bin, List<HistoryLine> log) {
    }

    /** Puts the event back into its member's history, or says why the history no longer allows it. */
    public void restore(DeletedEvent deleted) {
        if (deleted == null) {
            context.dialogs().showInfo("Khôi phục", "Chọn sự kiện cần khôi phục trong thùng rác.");
            return;
        }
        context.background().run(() -> {
            context.history().restoreEvent(deleted.event().id());
            return describe(deleted);
        }, restored -> changed("Đã khôi phục: " + restored), error -> context.dialogs().showError("Khôi phục",
                DialogService.messageOf(error)));
    }

    /** Ctrl+Z in the main window, from any screen: says in a dialog what was undone, since the screen may not show it. */
    public void undo() {
        context.background().run(() -> context.history().undoLast(), undone -> {
            changed("Đã hoàn tác: " + undone);
            context.dialogs().showInfo("Hoàn tác", "Đã hoàn tác: " + undone);
        }, error -> context.dialogs().showError("Hoàn tác", DialogService.messageOf(error)));
    }

    private void changed(String message) {
        notice.set(message);
        load();
        onChanged.run();
    }

    /** "Nguyễn Văn Đức — Từ trần ngày 18/03/2026". */
    public static String describe(DeletedEvent deleted) {
        return deleted.memberName().full() + " — " + deleted.event().type().label() + " ngày "
                + DateFormats.format(deleted.event().date());
    }

    /** "Xóa lúc 30/11/2026 09:15 · thư ký". */
    public static String deletedWhen(DeletedEvent deleted) {
        return "Xóa lúc " + DateFormats.format(deleted.deletedAt()) + " · " + deleted.deletedBy();
    }

    public ObservableList<DeletedEvent> bin() {
        return bin;
    }

    public ObservableList<HistoryLine> log() {
        return log;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
