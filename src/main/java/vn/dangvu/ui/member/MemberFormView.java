package vn.dangvu.ui.member;

import java.util.Map;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.model.Branch;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.FormErrors;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Styles;

/** The member form window: Ctrl+S saves, Esc cancels. */
public final class MemberFormView {

    private final MemberFormViewModel viewModel;
    private final Parent root;
    private final Stage stage = new Stage();
    private LongConsumer onSaved = id -> { };

    @FXML private Label title;
    @FXML private VBox errorBox;
    @FXML private TextField familyName;
    @FXML private TextField middleName;
    @FXML private TextField givenName;
    @FXML private TextField birthName;
    @FXML private ComboBox<Sex> sex;
    @FXML private TextField birthDate;
    @FXML private TextField birthPlace;
    @FXML private TextField homeTown;
    @FXML private TextField permanentAddress;
    @FXML private TextField temporaryAddress;
    @FXML private TextField ethnicity;
    @FXML private TextField religion;
    @FXML private TextField occupation;
    @FXML private TextField cardNumber;
    @FXML private TextField profileNumber;
    @FXML private TextField citizenId;
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
    @FXML private TextField introducers;
    @FXML private Label entryNote;
    @FXML private TextField generalEducation;
    @FXML private TextField professionalLevel;
    @FXML private ComboBox<PoliticalTheory> politicalTheory;
    @FXML private TextField academicTitle;
    @FXML private TextField foreignLanguage;
    @FXML private TextField itLevel;
    @FXML private TextField youthUnionDate;
    @FXML private TextField health;
    @FXML private TextField armyEnlistedOn;
    @FXML private TextField armyDischargedOn;
    @FXML private TextField warInvalidGrade;
    @FXML private TextField familyMerit;
    @FXML private TextField awards;
    @FXML private TextField note;
    @FXML private Button save;

    public MemberFormView(MemberFormViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "MemberForm.fxml");
    }

    @FXML
    private void initialize() {
        Map<TextField, StringProperty> texts = Map.ofEntries(
                Map.entry(familyName, viewModel.familyName), Map.entry(middleName, viewModel.middleName),
                Map.entry(givenName, viewModel.givenName), Map.entry(birthName, viewModel.birthName),
                Map.entry(birthDate, viewModel.birthDate), Map.entry(birthPlace, viewModel.birthPlace),
                Map.entry(homeTown, viewModel.homeTown), Map.entry(permanentAddress, viewModel.permanentAddress),
                Map.entry(temporaryAddress, viewModel.temporaryAddress), Map.entry(ethnicity, viewModel.ethnicity),
                Map.entry(religion, viewModel.religion), Map.entry(occupation, viewModel.occupation),
                Map.entry(cardNumber, viewModel.cardNumber), Map.entry(profileNumber, viewModel.profileNumber),
                Map.entry(citizenId, viewModel.citizenId), Map.entry(admissionDate, viewModel.admissionDate),
                Map.entry(officialDate, viewModel.officialDate), Map.entry(decisionNumber, viewModel.decisionNumber),
                Map.entry(decisionDate, viewModel.decisionDate), Map.entry(transferInDate, viewModel.transferInDate),
                Map.entry(transferredFrom, viewModel.transferredFrom),
                Map.entry(transferredFromProvince, viewModel.transferredFromProvince),
                Map.entry(transferredFromDistrict, viewModel.transferredFromDistrict),
                Map.entry(introducers, viewModel.introducers),
                Map.entry(generalEducation, viewModel.generalEducation),
                Map.entry(professionalLevel, viewModel.professionalLevel),
                Map.entry(academicTitle, viewModel.academicTitle), Map.entry(foreignLanguage, viewModel.foreignLanguage),
                Map.entry(itLevel, viewModel.itLevel), Map.entry(youthUnionDate, viewModel.youthUnionDate),
                Map.entry(health, viewModel.health), Map.entry(armyEnlistedOn, viewModel.armyEnlistedOn),
                Map.entry(armyDischargedOn, viewModel.armyDischargedOn),
                Map.entry(warInvalidGrade, viewModel.warInvalidGrade), Map.entry(familyMerit, viewModel.familyMerit),
                Map.entry(awards, viewModel.awards), Map.entry(note, viewModel.note));
        texts.forEach((field, property) -> field.textProperty().bindBidirectional(property));
        bind(sex, viewModel.sex, Sex.values());
        bind(politicalTheory, viewModel.politicalTheory, PoliticalTheory.values());
        bind(entry, viewModel.entry, MemberFormViewModel.Entry.values());
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
        save.disableProperty().bind(viewModel.savingProperty());
        viewModel.errors().addListener((MapChangeListener<String, String>) change -> showErrors());
    }

    private static <T> void bind(ComboBox<T> combo, ObjectProperty<T> property, T[] values) {
        combo.getItems().setAll(values);
        combo.valueProperty().bindBidirectional(property);
    }

    private void showErrors() {
        FormErrors.show(root, errorBox, viewModel.errors());
    }

    /** Shows the form as a window over the owner. */
    public void show(Window owner, LongConsumer onSaved) {
        this.onSaved = onSaved;
        title.setText(viewModel.title());
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.APP);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        stage.setScene(scene);
        stage.setTitle(viewModel.title());
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.show();
        familyName.requestFocus();
    }

    @FXML
    private void save() {
        viewModel.save(id -> {
            stage.close();
            onSaved.accept(id);
        });
    }

    @FXML
    private void cancel() {
        stage.close();
    }
}
