package vn.dangvu.ui.probation;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.dangvu.ui.Fxml;

/** Hồ sơ dự bị: one line per document, its date and number; the main window puts it beside the due list. */
public final class ProbationDossierView {

    private final ProbationDossierViewModel viewModel;
    private final Consumer<String> onSaved;
    private final Parent root;

    @FXML private VBox dossierBox;
    @FXML private Label dossierMissing;
    @FXML private Label scansMissing;
    @FXML private GridPane dossierGrid;
    @FXML private Label dossierError;

    /** @param onSaved shown what was saved ("Đã lưu hồ sơ dự bị…") */
    public ProbationDossierView(ProbationDossierViewModel viewModel, Consumer<String> onSaved) {
        this.viewModel = viewModel;
        this.onSaved = onSaved;
        root = Fxml.load(this, "ProbationDossier.fxml");
    }

    @FXML
    private void initialize() {
        dossierBox.disableProperty().bind(viewModel.loadedProperty().not());
        dossierMissing.textProperty().bind(viewModel.missingTextProperty());
        scansMissing.textProperty().bind(viewModel.scansMissingProperty());
        dossierError.textProperty().bind(viewModel.errorProperty());
        dossierGrid.add(new Label("Giấy tờ"), 0, 0);
        dossierGrid.add(new Label("Ngày"), 1, 0);
        dossierGrid.add(new Label("Số"), 2, 0);
        int line = 1;
        for (ProbationDocumentRow row : viewModel.rows()) {
            Label label = new Label(row.step().label());
            label.setWrapText(true);
            TextField date = new TextField();
            date.setPromptText("dd/mm/yyyy");
            date.setId("dossier-date-" + row.step().name());
            date.textProperty().bindBidirectional(row.dateProperty());
            dossierGrid.addRow(line++, label, date);
            if (row.step().numbered()) {
                TextField number = new TextField();
                number.textProperty().bindBidirectional(row.numberProperty());
                dossierGrid.add(number, 2, line - 1);
            }
        }
    }

    @FXML
    private void saveDossier() {
        viewModel.save(onSaved);
    }

    public Parent root() {
        return root;
    }
}
