package vn.dangvu.ui.fee;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.dangvu.model.Branch;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.fee.FeeBookRow;
import vn.dangvu.ui.Fxml;

/** The "Đảng phí" screen: the fee book of a branch for a year and what the clerk records in it. */
public final class FeesView {

    private final FeesViewModel viewModel;
    private final Parent root;

    @FXML private ComboBox<Branch> branch;
    @FXML private TextField year;
    @FXML private TableView<FeeBookRow> table;
    @FXML private Button payThroughButton;
    @FXML private Button basisButton;
    @FXML private Label message;
    @FXML private Label status;

    public FeesView(FeesViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Fees.fxml");
    }

    @FXML
    private void initialize() {
        branch.setItems(viewModel.branches());
        branch.valueProperty().bindBidirectional(viewModel.branch);
        year.textProperty().bindBidirectional(viewModel.year);
        table.setItems(viewModel.rows());
        table.getColumns().add(column("Họ và tên", r -> r.name().full(), 160));
        table.getColumns().add(column("Đối tượng", FeeBookRow::basis, 140));
        for (int m = 0; m < 12; m++) {
            int month = m;
            TableColumn<FeeBookRow, String> column = column("T" + (m + 1),
                    r -> FeesViewModel.cellText(r.cells().get(month)), 56);
            column.getStyleClass().add("number-column");
            table.getColumns().add(column);
        }
        TableColumn<FeeBookRow, String> paid = column("Đã đóng", r -> NumberFormats.money(r.paidTotal()), 90);
        paid.getStyleClass().add("number-column");
        TableColumn<FeeBookRow, String> owed = column("Còn nợ", r -> r.arrears().isEmpty() ? ""
                : r.arrears().size() + " tháng, " + NumberFormats.money(r.arrearsAmount()), 130);
        table.getColumns().add(paid);
        table.getColumns().add(owed);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> viewModel.selectedProperty().set(row));
        payThroughButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        basisButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        message.textProperty().bind(viewModel.messageProperty());
        status.textProperty().bind(viewModel.statusTextProperty());
    }

    @FXML
    private void loadBook() {
        viewModel.loadBook();
    }

    @FXML
    private void exportReport() {
        viewModel.exportReport();
    }

    @FXML
    private void payMonthForBranch() {
        viewModel.payMonthForBranch();
    }

    @FXML
    private void payThrough() {
        viewModel.payThrough();
    }

    @FXML
    private void editBasis() {
        viewModel.editBasis();
    }

    public Parent root() {
        return root;
    }

    public void refresh() {
        viewModel.load();
    }

    private static TableColumn<FeeBookRow, String> column(String title, Function<FeeBookRow, String> value, double width) {
        TableColumn<FeeBookRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
