package vn.dangvu.ui.history;

import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import vn.dangvu.model.history.DeletedEvent;
import vn.dangvu.model.history.HistoryLine;
import vn.dangvu.model.paper.RemovedPaper;
import vn.dangvu.ui.Fxml;

/** The "Thùng rác và lịch sử" screen: restore an event deleted by mistake, read what was changed, exported, printed. */
public final class HistoryView {

    private final HistoryViewModel viewModel;
    private final Parent root;

    @FXML private Label notice;
    @FXML private ListView<DeletedEvent> bin;
    @FXML private ListView<RemovedPaper> papers;
    @FXML private Label logHeading;
    @FXML private ListView<HistoryLine> log;

    public HistoryView(HistoryViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "History.fxml");
    }

    @FXML
    private void initialize() {
        notice.textProperty().bind(viewModel.noticeProperty());
        bin.setItems(viewModel.bin());
        bin.setCellFactory(cells(d -> lines(HistoryViewModel.describe(d), HistoryViewModel.deletedWhen(d))));
        papers.setItems(viewModel.removedPapers());
        papers.setCellFactory(cells(p -> lines(viewModel.describe(p), HistoryViewModel.removedWhen(p))));
        logHeading.setText("Nhật ký thay đổi, xuất và in (" + HistoryViewModel.RECENT_LINES + " dòng gần nhất)");
        log.setItems(viewModel.log());
        log.setCellFactory(cells(l -> lines(l.sentence(), l.when() + " · " + l.who())));
    }

    @FXML
    private void undo() {
        viewModel.undo();
    }

    @FXML
    private void restore() {
        viewModel.restore(bin.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void restorePaper() {
        viewModel.restorePaper(papers.getSelectionModel().getSelectedItem());
    }

    private static <T> javafx.util.Callback<ListView<T>, ListCell<T>> cells(Function<T, VBox> render) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(null);
                setGraphic(isEmpty || item == null ? null : render.apply(item));
            }
        };
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
