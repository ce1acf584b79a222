package vn.dangvu.ui.importing;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.logic.importing.ImportProblem;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Styles;

/** The "Nhập từ Excel" window; all state lives in {@link ImportViewModel}. */
public final class ImportView {

    private final ImportViewModel viewModel;
    private final Parent root;
    private final Stage stage = new Stage();

    @FXML private Button choose;
    @FXML private Label fileName;
    @FXML private Label summary;
    @FXML private TableView<ImportProblem> problems;
    @FXML private TableColumn<ImportProblem, String> severityColumn;
    @FXML private TableColumn<ImportProblem, String> sheetColumn;
    @FXML private TableColumn<ImportProblem, Integer> rowColumn;
    @FXML private TableColumn<ImportProblem, String> columnColumn;
    @FXML private TableColumn<ImportProblem, String> reasonColumn;
    @FXML private ListView<String> updates;
    @FXML private CheckBox warningsAccepted;
    @FXML private CheckBox twelveMonthOfficialDates;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Button importButton;
    @FXML private Button cancelButton;
    @FXML private Button closeButton;

    public ImportView(ImportViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Import.fxml");
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(viewModel.fileNameProperty());
        summary.textProperty().bind(viewModel.summaryProperty());
        status.textProperty().bind(viewModel.statusProperty());
        severityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().severity().label()));
        sheetColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sheet()));
        rowColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row() > 0 ? c.getValue().row() : null));
        columnColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().column()));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
        problems.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportProblem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("import-error", "import-warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.isError() ? "import-error" : "import-warning");
                }
            }
        });
        problems.setItems(viewModel.problems());
        updates.setItems(viewModel.updates());
        warningsAccepted.selectedProperty().bindBidirectional(viewModel.warningsAcceptedProperty());
        warningsAccepted.visibleProperty().bind(viewModel.hasWarningsProperty());
        warningsAccepted.managedProperty().bind(warningsAccepted.visibleProperty());
        warningsAccepted.disableProperty().bind(viewModel.busyProperty());
        twelveMonthOfficialDates.textProperty().bind(viewModel.officialDatesTextProperty());
        twelveMonthOfficialDates.selectedProperty().bindBidirectional(viewModel.twelveMonthOfficialDatesProperty());
        twelveMonthOfficialDates.visibleProperty().bind(viewModel.officialDatesTextProperty().isNotEmpty());
        twelveMonthOfficialDates.managedProperty().bind(twelveMonthOfficialDates.visibleProperty());
        twelveMonthOfficialDates.disableProperty().bind(viewModel.busyProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        choose.disableProperty().bind(viewModel.busyProperty());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        cancelButton.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(ImportViewModel.Phase.IMPORTING));
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        closeButton.disableProperty().bind(viewModel.busyProperty());
    }

    public void show(Window owner) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.APP);
        stage.setScene(scene);
        stage.setTitle("Nhập từ Excel — Đảng Vụ");
        stage.initOwner(owner);
        // Closing mid-import would leave the transaction running unseen: cancel it first.
        stage.setOnCloseRequest(e -> {
            if (viewModel.busyProperty().get()) {
                e.consume();
                viewModel.cancel();
            }
        });
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
    private void importNow() {
        viewModel.importNow();
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
