package vn.dangvu.ui.admission;

import java.util.function.LongConsumer;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.SearchableComboBox;
import vn.dangvu.model.Branch;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.ui.FoldedSearch;
import vn.dangvu.ui.FormErrors;
import vn.dangvu.ui.FormWindow;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.PersonControls;

/** The candidate's dossier window: identity, the dated steps, deadlines and checklist. Ctrl+S saves. */
public final class CandidateFormView {

    private final CandidateFormViewModel viewModel;
    private final Parent root;
    private final Stage stage = new Stage();
    private LongConsumer onSaved = id -> { };
    private LongConsumer onAdmitted = id -> { };

    @FXML private Label title;
    @FXML private VBox errorBox;
    @FXML private VBox fields;
    @FXML private TextField familyName;
    @FXML private TextField workplace;
    @FXML private ComboBox<Branch> branch;
    @FXML private GridPane stepsGrid;
    @FXML private TextField ceremonyDate;
    @FXML private Button ceremony;
    @FXML private ListView<String> deadlines;
    @FXML private ListView<String> checklist;
    @FXML private Button save;

    public CandidateFormView(CandidateFormViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "CandidateForm.fxml", "admission.css");
    }

    @FXML
    private void initialize() {
        PersonControls.bind(fields, viewModel.person);
        workplace.textProperty().bindBidirectional(viewModel.workplace);
        ceremonyDate.textProperty().bindBidirectional(viewModel.ceremonyDate);
        branch.setItems(viewModel.branches());
        branch.valueProperty().bindBidirectional(viewModel.branch);
        buildSteps();
        deadlines.setItems(viewModel.deadlines());
        deadlines.setPlaceholder(wrapped("Ghi ngày nghị quyết chi bộ, quyết định kết nạp để thấy các hạn."));
        deadlines.setCellFactory(list -> styledCell("deadline"));
        checklist.setItems(viewModel.checklist());
        checklist.setPlaceholder(wrapped("Không thiếu gì."));
        checklist.setCellFactory(list -> styledCell("issue"));
        save.disableProperty().bind(viewModel.savingProperty().or(viewModel.admittedProperty()));
        ceremony.disableProperty().bind(viewModel.savingProperty().or(viewModel.admittedProperty()));
        viewModel.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(260);
        return label;
    }

    private static ListCell<String> styledCell(String styleClass) {
        ListCell<String> cell = new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        cell.getStyleClass().add(styleClass);
        return cell;
    }

    /** One row per step: date, and the number, body, introducer or validity the step has. */
    private void buildSteps() {
        String[] headers = {"Bước", "Ngày", "Số", "Cơ quan / tổ chức", "Người giới thiệu / có giá trị đến", "Ghi chú"};
        for (int c = 0; c < headers.length; c++) {
            Label header = new Label(headers[c]);
            header.getStyleClass().add("muted");
            stepsGrid.add(header, c, 0);
        }
        int row = 1;
        for (StepFields fields : viewModel.steps()) {
            AdmissionStep step = fields.step();
            Label label = new Label(step.label());
            label.getStyleClass().add("step-label");
            label.setWrapText(true);
            label.setMaxWidth(250);
            stepsGrid.add(label, 0, row);
            TextField date = text(step.name() + "-date", fields.dateProperty(), "dd/mm/yyyy", 105);
            date.setMinWidth(105);
            stepsGrid.add(date, 1, row);
            if (step.hasNumber()) {
                stepsGrid.add(text(step.name() + "-number", fields.numberProperty(), "số", 110), 2, row);
            }
            if (step.hasIssuingBody()) {
                stepsGrid.add(text(step.name() + "-issuingBody", fields.issuingBodyProperty(),
                        step == AdmissionStep.UNION_INTRODUCTION ? "Đoàn xã…, Công đoàn…" : "cơ quan cấp, ban hành", 170),
                        3, row);
            }
            if (step.isIntroducer()) {
                stepsGrid.add(introducer(step.name() + "-introducer", fields), 4, row);
            } else if (step == AdmissionStep.CLASS_CERTIFICATE) {
                stepsGrid.add(text(step.name() + "-validUntil", fields.validUntilProperty(),
                        "để trống: 5 năm từ ngày cấp", 170), 4, row);
            }
            stepsGrid.add(text(step.name() + "-note", fields.noteProperty(), "", 150), 5, row);
            row++;
        }
    }

    private static TextField text(String id, StringProperty property, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private SearchableComboBox<RegisterEntry> introducer(String id, StepFields fields) {
        SearchableComboBox<RegisterEntry> combo = new SearchableComboBox<>(viewModel.introducers());
        combo.setId(id);
        combo.setPrefWidth(230);
        combo.setPromptText("chọn đảng viên (gõ để tìm)");
        FoldedSearch.install(combo, PersonChoice::label);
        combo.valueProperty().bindBidirectional(fields.introducerProperty());
        return combo;
    }

    private void showErrors() {
        FormErrors.show(root, errorBox, viewModel.errors());
    }

    /**
     * Shows the form over the owner window.
     *
     * @param onSaved    after a save, with the dossier's id
     * @param onAdmitted after the ceremony, with the new member's id
     */
    public void show(Window owner, LongConsumer onSaved, LongConsumer onAdmitted) {
        this.onSaved = onSaved;
        this.onAdmitted = onAdmitted;
        title.setText(viewModel.title());
        FormWindow.show(stage, root, viewModel.title(), owner, this::save);
        familyName.requestFocus();
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void save() {
        viewModel.save(FormWindow.closeThen(stage, onSaved));
    }

    @FXML
    private void recordCeremony() {
        viewModel.recordCeremony(memberId -> {
            stage.close();
            onAdmitted.accept(memberId);
        });
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
