package vn.dangvu.ui.member;

import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.model.Branch;
import vn.dangvu.ui.FormErrors;
import vn.dangvu.ui.FormWindow;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.PersonControls;

/** The member form window: Ctrl+S saves, Esc cancels. */
public final class MemberFormView {

    private final MemberFormViewModel viewModel;
    private final Parent root;
    private final Stage stage = new Stage();
    private LongConsumer onSaved = id -> { };

    @FXML private Label title;
    @FXML private VBox errorBox;
    @FXML private VBox fields;
    @FXML private TextField familyName;
    @FXML private ComboBox<MemberFormViewModel.Entry> entry;
    @FXML private ComboBox<Branch> branch;
    @FXML private TextField admissionDate;
    @FXML private TextField officialDate;
    @FXML private TextField decisionNumber;
    @FXML private TextField decisionDate;
    @FXML private Label transferInDateLabel;
    @FXML private TextField transferInDate;
    @FXML private Label transferredFromLabel;
    @FXML private TextField transferredFrom;
    @FXML private Label transferredFromProvinceLabel;
    @FXML private TextField transferredFromProvince;
    @FXML private Label transferredFromDistrictLabel;
    @FXML private TextField transferredFromDistrict;
    @FXML private Label entryNote;
    @FXML private HBox officialHintBox;
    @FXML private Label officialHint;
    @FXML private Button save;

    public MemberFormView(MemberFormViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "MemberForm.fxml");
    }

    @FXML
    private void initialize() {
        PersonControls.bind(fields, viewModel.person);
        Map<TextField, StringProperty> texts = Map.of(admissionDate, viewModel.admissionDate,
                officialDate, viewModel.officialDate, decisionNumber, viewModel.decisionNumber,
                decisionDate, viewModel.decisionDate, transferInDate, viewModel.transferInDate,
                transferredFrom, viewModel.transferredFrom,
                transferredFromProvince, viewModel.transferredFromProvince,
                transferredFromDistrict, viewModel.transferredFromDistrict);
        texts.forEach((field, property) -> field.textProperty().bindBidirectional(property));
        entry.getItems().setAll(MemberFormViewModel.Entry.values());
        entry.valueProperty().bindBidirectional(viewModel.entry);
        branch.setItems(viewModel.branches());
        branch.valueProperty().bindBidirectional(viewModel.branch);
        for (Node entryOnly : new Node[] {entry, branch, admissionDate, officialDate, decisionNumber, decisionDate,
                transferInDate, transferredFrom, transferredFromProvince, transferredFromDistrict}) {
            entryOnly.disableProperty().bind(viewModel.newMemberProperty().not());
        }
        entryNote.visibleProperty().bind(viewModel.newMemberProperty().not());
        entryNote.managedProperty().bind(entryNote.visibleProperty());
        var transferring = viewModel.entry.isNotEqualTo(MemberFormViewModel.Entry.ADMITTED)
                .and(viewModel.newMemberProperty());
        for (Node transferOnly : new Node[] {transferInDateLabel, transferInDate, transferredFromLabel, transferredFrom,
                transferredFromProvinceLabel, transferredFromProvince, transferredFromDistrictLabel,
                transferredFromDistrict}) {
            transferOnly.visibleProperty().bind(transferring);
            transferOnly.managedProperty().bind(transferring);
        }
        officialHint.textProperty().bind(viewModel.officialHintProperty());
        officialHintBox.visibleProperty().bind(viewModel.officialHintProperty().isNotEmpty());
        officialHintBox.managedProperty().bind(officialHintBox.visibleProperty());
        save.disableProperty().bind(viewModel.savingProperty());
        viewModel.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
    }

    private void showErrors() {
        FormErrors.show(root, errorBox, viewModel.errors());
    }

    /** Shows the form as a window over the owner. */
    public void show(Window owner, LongConsumer onSaved) {
        this.onSaved = onSaved;
        title.setText(viewModel.title());
        FormWindow.show(stage, root, viewModel.title(), owner, this::save);
        familyName.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save(FormWindow.closeThen(stage, onSaved));
    }

    @FXML
    private void useProposedOfficialDate() {
        viewModel.useProposedOfficialDate();
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
