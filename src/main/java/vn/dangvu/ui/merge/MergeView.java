package vn.dangvu.ui.merge;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.ui.Dates;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Styles;
import vn.dangvu.ui.merge.MergeViewModel.BranchRow;
import vn.dangvu.ui.merge.MergeViewModel.ContradictionRow;
import vn.dangvu.ui.merge.MergeViewModel.UncertainRow;

/** The "Gộp dữ liệu đảng bộ cũ" window; all state lives in {@link MergeViewModel}. */
public final class MergeView {

    private static final List<String> DECISIONS = List.of(MergeViewModel.UNDECIDED, MergeViewModel.JOIN,
            MergeViewModel.APART);
    private static final List<String> SIDES = List.of(MergeViewModel.UNDECIDED, MergeViewModel.KEEP_HERE,
            MergeViewModel.TAKE_THERE);

    private final MergeViewModel viewModel;
    private final Parent root;
    private final Stage stage = new Stage();

    @FXML private Button choose;
    @FXML private Label fileName;
    @FXML private TextField unitName;
    @FXML private DatePicker joinDate;
    @FXML private Button previewButton;
    @FXML private Tab uncertainTab;
    @FXML private Tab contradictionTab;
    @FXML private Tab previewTab;
    @FXML private TableView<BranchRow> branchTable;
    @FXML private TableColumn<BranchRow, String> branchFrom;
    @FXML private TableColumn<BranchRow, Integer> branchPeople;
    @FXML private TableColumn<BranchRow, String> branchTo;
    @FXML private TableColumn<BranchRow, String> branchResult;
    @FXML private TableView<UncertainRow> uncertainTable;
    @FXML private TableColumn<UncertainRow, String> uncertainThere;
    @FXML private TableColumn<UncertainRow, String> uncertainHere;
    @FXML private TableColumn<UncertainRow, String> uncertainReason;
    @FXML private TableColumn<UncertainRow, String> uncertainDifferences;
    @FXML private TableColumn<UncertainRow, String> uncertainDecision;
    @FXML private TableView<ContradictionRow> contradictionTable;
    @FXML private TableColumn<ContradictionRow, String> contradictionPerson;
    @FXML private TableColumn<ContradictionRow, String> contradictionField;
    @FXML private TableColumn<ContradictionRow, String> contradictionHere;
    @FXML private TableColumn<ContradictionRow, String> contradictionThere;
    @FXML private TableColumn<ContradictionRow, String> contradictionKept;
    @FXML private Label summary;
    @FXML private ListView<String> problems;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Button mergeButton;
    @FXML private Button cancelButton;
    @FXML private Button closeButton;

    public MergeView(MergeViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Merge.fxml");
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(viewModel.fileNameProperty());
        unitName.textProperty().bindBidirectional(viewModel.unitNameProperty());
        Dates.ddMMyyyy(joinDate);
        joinDate.valueProperty().bindBidirectional(viewModel.joinDateProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        status.textProperty().bind(viewModel.statusProperty());
        problems.setItems(viewModel.problems());
        branches();
        uncertain();
        contradictions();
        counted(uncertainTab, "2. Trùng người", viewModel.uncertain());
        counted(contradictionTab, "3. Mâu thuẫn", viewModel.contradictions());
        counted(previewTab, "4. Xem trước", viewModel.problems());
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        choose.disableProperty().bind(viewModel.busyProperty());
        unitName.disableProperty().bind(viewModel.busyProperty());
        joinDate.disableProperty().bind(viewModel.busyProperty());
        previewButton.disableProperty().bind(viewModel.canPreviewProperty().not());
        mergeButton.disableProperty().bind(viewModel.canMergeProperty().not());
        cancelButton.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(MergeViewModel.Phase.MERGING));
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        closeButton.disableProperty().bind(viewModel.busyProperty());
    }

    private void branches() {
        text(branchFrom, BranchRow::from);
        branchPeople.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().people()));
        branchTo.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().to()));
        branchTo.setCellFactory(c -> new ChoiceCell<>(BranchRow::offered, true,
                (row, to) -> viewModel.mapBranch(row.from(), to)));
        text(branchResult, BranchRow::result);
        wrapped(branchResult);
        branchTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BranchRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("import-error");
                if (!empty && item != null && item.problem()) {
                    getStyleClass().add("import-error");
                }
            }
        });
        branchTable.setItems(viewModel.branches());
    }

    private void uncertain() {
        text(uncertainThere, UncertainRow::there);
        text(uncertainHere, UncertainRow::here);
        text(uncertainReason, UncertainRow::reason);
        text(uncertainDifferences, UncertainRow::differences);
        wrapped(uncertainDifferences);
        text(uncertainDecision, UncertainRow::decision);
        uncertainDecision.setCellFactory(c -> new ChoiceCell<>(row -> DECISIONS, false,
                (row, decision) -> viewModel.decideUncertain(row.sourceId(), decision)));
        uncertainTable.setItems(viewModel.uncertain());
    }

    private void contradictions() {
        text(contradictionPerson, ContradictionRow::person);
        text(contradictionField, ContradictionRow::field);
        text(contradictionHere, ContradictionRow::here);
        text(contradictionThere, ContradictionRow::there);
        text(contradictionKept, ContradictionRow::kept);
        contradictionKept.setCellFactory(c -> new ChoiceCell<>(row -> SIDES, false,
                (row, kept) -> viewModel.settle(row.sourceId(), row.field(), kept)));
        contradictionTable.setItems(viewModel.contradictions());
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** Long text (a problem, what differs) wraps within its column instead of being cut. */
    private static <S> void wrapped(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                text.setText(empty || value == null ? "" : value);
                text.fillProperty().bind(textFillProperty());
                setGraphic(empty ? null : text);
            }
        });
    }

    private static void counted(Tab tab, String title, ObservableList<?> items) {
        tab.textProperty().bind(Bindings.createStringBinding(
                () -> items.isEmpty() ? title : title + " (" + items.size() + ")", items));
    }

    public void show(Window owner) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.APP);
        stage.setScene(scene);
        stage.setTitle("Gộp dữ liệu đảng bộ cũ — Đảng Vụ");
        stage.initOwner(owner);
        // Closing mid-merge would leave the transaction running unseen: cancel it first.
        stage.setOnCloseRequest(e -> {
            if (viewModel.busyProperty().get()) {
                e.consume();
                viewModel.cancel();
            }
        });
        stage.setOnHidden(e -> viewModel.close());
        stage.show();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void chooseFile() {
        viewModel.chooseFile();
    }

    @FXML
    private void preview() {
        viewModel.preview();
    }

    @FXML
    private void mergeNow() {
        viewModel.mergeNow();
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void close() {
        stage.close();
    }
}
