package vn.dangvu.ui.history;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.history.HistoryService;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.history.DeletedEvent;
import vn.dangvu.model.history.HistoryLine;
import vn.dangvu.model.paper.RemovedPaper;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Thùng rác và nhật ký: the events deleted as mistakes and the papers removed or replaced (both
 * restorable), and the latest lines of the change log.
 */
public final class HistoryViewModel {

    /** The log screen shows the latest lines; a member's page shows all of that member's. */
    static final int RECENT_LINES = 300;

    private final HistoryService historyService;
    private final PaperService paperService;
    private final Background background;
    private final DialogService dialogs;
    private final ObservableList<DeletedEvent> bin = FXCollections.observableArrayList();
    private final ObservableList<RemovedPaper> removedPapers = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Runnable onChanged = () -> { };

    public HistoryViewModel(HistoryService historyService, PaperService paperService, Background background,
                            DialogService dialogs) {
        this.historyService = historyService;
        this.paperService = paperService;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Called after a restore or an undo changed the register. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load() {
        background.run(() -> new Loaded(historyService.recycleBin(), paperService.recycleBin(),
                        historyService.recent(RECENT_LINES)),
                loaded -> {
                    bin.setAll(loaded.bin());
                    removedPapers.setAll(loaded.papers());
                    log.setAll(loaded.log());
                },
                error -> dialogs.showError("Thùng rác", DialogService.messageOf(error)));
    }

    private record Loaded(List<DeletedEvent> bin, List<RemovedPaper> papers, List<HistoryLine> log) {
    }

    /** Puts a removed or replaced paper back into its member's file. */
    public void restorePaper(RemovedPaper removed) {
        if (removed == null) {
            dialogs.showInfo("Khôi phục", "Chọn giấy tờ cần khôi phục trong thùng rác.");
            return;
        }
        background.run(() -> {
            paperService.restore(removed.paper().id());
            return describe(removed);
        }, restored -> changed("Đã khôi phục: " + restored), error -> dialogs.showError("Khôi phục",
                DialogService.messageOf(error)));
    }

    /** "Nguyễn Văn Đức — Lý lịch của người xin vào Đảng (ly-lich.jpg)". */
    public String describe(RemovedPaper removed) {
        return removed.member().full() + " — " + paperService.types().name(removed.paper().typeCode()) + " ("
                + removed.paper().fileName() + ")";
    }

    /** "Thay bằng bản mới lúc 30/11/2026 09:15 · thư ký". */
    public static String removedWhen(RemovedPaper removed) {
        return (removed.replaced() ? "Thay bằng bản mới lúc " : "Gỡ lúc ") + DateFormats.format(removed.removedAt())
                + " · " + removed.removedBy();
    }

    public ObservableList<RemovedPaper> removedPapers() {
        return removedPapers;
    }

    /** Puts the event back into its member's history, or says why the history no longer allows it. */
    public void restore(DeletedEvent deleted) {
        if (deleted == null) {
            dialogs.showInfo("Khôi phục", "Chọn sự kiện cần khôi phục trong thùng rác.");
            return;
        }
        background.run(() -> {
            historyService.restoreEvent(deleted.event().id());
            return describe(deleted);
        }, restored -> changed("Đã khôi phục: " + restored), error -> dialogs.showError("Khôi phục",
                DialogService.messageOf(error)));
    }

    /** Ctrl+Z in the main window, from any screen: says in a dialog what was undone, since the screen may not show it. */
    public void undo() {
        background.run(() -> historyService.undoLast(), undone -> {
            changed("Đã hoàn tác: " + undone);
            dialogs.showInfo("Hoàn tác", "Đã hoàn tác: " + undone);
        }, error -> dialogs.showError("Hoàn tác", DialogService.messageOf(error)));
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
