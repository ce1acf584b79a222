package vn.dangvu.ui.admission;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.PersonName;
import vn.dangvu.ui.Choices;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Tables;

/** Kết nạp đảng viên: the candidates per branch, the checklist of the selected one, the actions. */
public final class AdmissionView {

    private final AdmissionViewModel viewModel;
    private final Parent root;
    private LongConsumer onAdmitted = id -> { };

    @FXML private ComboBox<Branch> branch;
    @FXML private CheckBox showClosed;
    @FXML private Button open;
    @FXML private Button ceremony;
    @FXML private Button withdraw;
    @FXML private MenuItem decision;
    @FXML private TableView<CandidateLine> table;
    @FXML private Label selectedName;
    @FXML private ListView<String> issues;
    @FXML private Label statusText;
    @FXML private Label message;

    public AdmissionView(AdmissionViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Admission.fxml", "admission.css");
    }

    @FXML
    private void initialize() {
        Choices.bindFilter(branch, viewModel.branches(), viewModel.branchProperty(), "Tất cả chi bộ", Branch::name);
        showClosed.selectedProperty().bindBidirectional(viewModel.showClosedProperty());
        TableColumn<CandidateLine, Number> missing = new TableColumn<>("Còn thiếu");
        missing.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().missing()));
        missing.setMinWidth(80);
        missing.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<CandidateLine, String> name = column("Họ và tên", CandidateLine::name, 170);
        name.setComparator(Comparator.comparing(PersonName::parse, NameOrder.comparator()));
        TableColumn<CandidateLine, String> born = column("Ngày sinh", CandidateLine::birthDate, 95);
        born.setMinWidth(95);
        born.setComparator(Comparator.comparing(text -> DateFormats.parse(text).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder())));
        table.getColumns().setAll(List.of(name, born, column("Chi bộ", CandidateLine::branch, 170),
                column("Bước gần nhất", CandidateLine::lastStep, 250), missing,
                column("Tình trạng", CandidateLine::state, 140)));
        SortedList<CandidateLine> sorted = new SortedList<>(viewModel.lines());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Tables.openOnDoubleClickOrEnter(table, TableRow::new, this::openSelected);
        Tables.followSelection(table, viewModel.selectedProperty());
        selectedName.textProperty().bind(Bindings.createStringBinding(() -> viewModel.selectedProperty().get() == null
                ? "Chọn một người trong danh sách." : viewModel.selectedProperty().get().name(), viewModel.selectedProperty()));
        issues.setItems(viewModel.selectedIssues());
        issues.setPlaceholder(new Label("Không thiếu gì."));
        issues.setCellFactory(list -> {
            javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            return cell;
        });
        var noOpenSelection = Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() == null
                || !viewModel.selectedProperty().get().open(), viewModel.selectedProperty());
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
        decision.disableProperty().bind(viewModel.selectedProperty().isNull());
        ceremony.disableProperty().bind(noOpenSelection);
        withdraw.disableProperty().bind(noOpenSelection);
        statusText.textProperty().bind(viewModel.statusTextProperty());
        message.textProperty().bind(viewModel.messageProperty());
    }

    private static TableColumn<CandidateLine, String> column(String title, Function<CandidateLine, String> value,
                                                             double width) {
        TableColumn<CandidateLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void showForm(CandidateFormViewModel form) {
        new CandidateFormView(form).show(window(), id -> viewModel.saved(id, false), memberId -> {
            viewModel.saved(form.candidateId().orElseThrow(), true);
            onAdmitted.accept(memberId);
        });
    }

    @FXML
    private void addCandidate() {
        showForm(viewModel.newCandidateForm());
    }

    @FXML
    private void readmit() {
        viewModel.startReadmission(this::showForm);
    }

    @FXML
    private void openSelected() {
        viewModel.selectedForm().ifPresent(this::showForm);
    }

    @FXML
    private void recordCeremony() {
        viewModel.recordCeremony();
    }

    @FXML
    private void withdraw() {
        viewModel.withdraw();
    }

    @FXML
    private void printClassList() {
        viewModel.printClassList();
    }

    @FXML
    private void printDecision() {
        viewModel.printDecision();
    }

    @FXML
    private void openReport() {
        new AdmissionReportView(viewModel.reportModel()).show(window());
    }

    /** Shows a dossier (from the due list). */
    public void select(long candidateId) {
        viewModel.select(candidateId);
    }

    public void setOnAdmitted(LongConsumer onAdmitted) {
        this.onAdmitted = onAdmitted;
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }
}
