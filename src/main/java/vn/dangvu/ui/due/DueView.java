package vn.dangvu.ui.due;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import vn.dangvu.ui.Dates;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Tables;

/** The home screen: việc cần làm, overdue in red, with recognition of ended probations. */
public final class DueView {

    private final DueViewModel viewModel;
    private final Parent root;
    private LongConsumer onOpenMember = id -> { };
    private LongConsumer onOpenCandidate = id -> { };

    @FXML private DatePicker asOf;
    @FXML private TableView<DueLine> table;
    @FXML private Label statusText;
    @FXML private Label message;
    @FXML private VBox probationBox;
    @FXML private Label probationText;
    @FXML private TextField decisionNumber;
    @FXML private TextField decisionDate;
    @FXML private TextField issuingBody;
    @FXML private TextField note;
    @FXML private Label formError;
    @FXML private Button recognise;
    @FXML private Button remove;
    @FXML private Button open;

    public DueView(DueViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Due.fxml", "due.css");
    }

    @FXML
    private void initialize() {
        Dates.ddMMyyyy(asOf);
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        table.getColumns().setAll(List.of(column("Hạn", DueLine::dueDate, 95), column("Việc", DueLine::kind, 260),
                column("Họ và tên", DueLine::person, 190), column("Chi bộ", DueLine::branch, 200),
                column("Tình trạng", DueLine::state, 130)));
        table.setItems(viewModel.lines());
        Tables.openOnDoubleClickOrEnter(table, () -> new TableRow<>() {
            @Override
            protected void updateItem(DueLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("overdue");
                }
            }
        }, this::openSelected);
        Tables.followSelection(table, viewModel.selectedProperty());
        statusText.textProperty().bind(viewModel.statusTextProperty());
        message.textProperty().bind(viewModel.messageProperty());
        probationBox.visibleProperty().bind(viewModel.probationSelectedProperty());
        probationBox.managedProperty().bind(probationBox.visibleProperty());
        probationText.textProperty().bind(viewModel.probationTextProperty());
        decisionNumber.textProperty().bindBidirectional(viewModel.decisionNumber);
        decisionDate.textProperty().bindBidirectional(viewModel.decisionDate);
        issuingBody.textProperty().bindBidirectional(viewModel.issuingBody);
        note.textProperty().bindBidirectional(viewModel.note);
        formError.textProperty().bind(viewModel.formErrorProperty());
        open.disableProperty().bind(viewModel.selectedProperty().isNull());
    }

    /** Puts a pane (the probation dossier) on the right, shown while a probation is selected. */
    public void showBesideProbation(Node pane) {
        pane.visibleProperty().bind(viewModel.probationSelectedProperty());
        pane.managedProperty().bind(pane.visibleProperty());
        ((BorderPane) root).setRight(pane);
    }

    private static TableColumn<DueLine, String> column(String title, Function<DueLine, String> value, double width) {
        TableColumn<DueLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        return column;
    }

    @FXML
    private void openSelected() {
        DueLine line = table.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        if (line.item().memberId() != null) {
            onOpenMember.accept(line.item().memberId());
        } else {
            onOpenCandidate.accept(line.item().candidateId());
        }
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }

    @FXML
    private void printReminders() {
        viewModel.printReminders();
    }

    @FXML
    private void recognise() {
        viewModel.recognise();
    }

    @FXML
    private void removeNotRecognised() {
        viewModel.removeNotRecognised();
    }

    public void setOnOpenMember(LongConsumer onOpenMember) {
        this.onOpenMember = onOpenMember;
    }

    public void setOnOpenCandidate(LongConsumer onOpenCandidate) {
        this.onOpenCandidate = onOpenCandidate;
    }

    public Parent root() {
        return root;
    }
}
