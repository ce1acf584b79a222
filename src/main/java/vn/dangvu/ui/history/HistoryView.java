package vn.dangvu.ui.history;

import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dangvu.model.history.DeletedEvent;
import vn.dangvu.model.history.HistoryLine;

/** The "Thùng rác và lịch sử" screen: restore an event deleted by mistake, read what was changed, exported, printed. */
public final class HistoryView {

    private final HistoryViewModel viewModel;
    private final VBox root;

    public HistoryView(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label("Thùng rác và lịch sử thay đổi");
        title.getStyleClass().add("screen-title");
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button undo = new Button("Hoàn tác (Ctrl+Z)");
        undo.setOnAction(e -> viewModel.undo());
        HBox top = new HBox(10, title, space, undo);
        Label notice = new Label();
        notice.getStyleClass().add("muted");
        notice.textProperty().bind(viewModel.noticeProperty());

        ListView<DeletedEvent> bin = list("recycle-bin", "Thùng rác trống.",
                d -> lines(HistoryViewModel.describe(d), HistoryViewModel.deletedWhen(d)));
        bin.setItems(viewModel.bin());
        Button restore = new Button("Khôi phục sự kiện đã chọn");
        restore.setId("restore");
        restore.setOnAction(e -> viewModel.restore(bin.getSelectionModel().getSelectedItem()));
        Label binHint = new Label("Sự kiện ghi nhầm đã xóa trên trang hồ sơ đảng viên. Khôi phục trả sự kiện về đúng hồ sơ.");
        binHint.getStyleClass().add("muted");
        binHint.setWrapText(true);
        VBox binBox = section("Thùng rác", bin, binHint, restore);

        ListView<HistoryLine> log = list("change-log", "Chưa có thay đổi nào được ghi lại.",
                l -> lines(l.sentence(), l.when() + " · " + l.who()));
        log.setItems(viewModel.log());
        VBox logBox = section("Nhật ký thay đổi, xuất và in (" + HistoryViewModel.RECENT_LINES + " dòng gần nhất)", log);

        SplitPane split = new SplitPane(binBox, logBox);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(6, top, notice, split);
        root.setPadding(new Insets(10, 14, 10, 14));
    }

    private static VBox section(String heading, ListView<?> list, javafx.scene.Node... below) {
        Label label = new Label(heading);
        label.getStyleClass().add("form-section");
        VBox box = new VBox(4, label, list);
        box.getChildren().addAll(below);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(4, 0, 4, 0));
        return box;
    }

    private static <T> ListView<T> list(String id, String empty, Function<T, VBox> render) {
        ListView<T> list = new ListView<>();
        list.setId(id);
        list.setPlaceholder(new Label(empty));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(null);
                setGraphic(isEmpty || item == null ? null : render.apply(item));
            }
        });
        return list;
    }

    private static VBox lines(String what, String when) {
        Label first = new Label(what);
        first.setWrapText(true);
        Label second = new Label(when);
        second.getStyleClass().add("muted");
        return new VBox(2, first, second);
    }

    /** Reads the bin and the log again (the screen is shown after changes elsewhere). */
    public void refresh() {
        viewModel.load();
    }

    public Parent root() {
        return root;
    }
}
