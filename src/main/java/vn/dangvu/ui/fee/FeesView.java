package vn.dangvu.ui.fee;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.dangvu.model.Branch;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.fee.FeeBookRow;

/** The "Đảng phí" screen: the fee book of a branch for a year and what the clerk records in it. */
public final class FeesView {

    private final FeesViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public FeesView(FeesViewModel viewModel) {
        this.viewModel = viewModel;
        Label title = new Label(FeesViewModel.TITLE);
        title.getStyleClass().add("screen-title");
        ComboBox<Branch> branch = new ComboBox<>(viewModel.branches());
        branch.setId("fee-branch");
        branch.valueProperty().bindBidirectional(viewModel.branch);
        TextField year = new TextField();
        year.setPrefColumnCount(5);
        year.textProperty().bindBidirectional(viewModel.year);
        year.setOnAction(e -> viewModel.loadBook());
        Button show = new Button("Xem");
        show.setOnAction(e -> viewModel.loadBook());
        Button export = new Button("Báo cáo tháng, quý ra Excel…");
        export.setOnAction(e -> viewModel.exportReport());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, new Label("Chi bộ"), branch, new Label("Năm"), year, show, export);
        top.getStyleClass().add("toolbar-row");
        root.setTop(top);

        TableView<FeeBookRow> table = new TableView<>(viewModel.rows());
        table.setId("fee-book");
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
        table.setPlaceholder(new Label("Chi bộ chưa có đảng viên phải đóng đảng phí trong năm này."));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> viewModel.selectedProperty().set(row));
        root.setCenter(table);

        Button payMonth = new Button("Thu đảng phí cả chi bộ tháng…");
        payMonth.setOnAction(e -> viewModel.payMonthForBranch());
        Button payThrough = new Button("Ghi đóng đến tháng…");
        payThrough.disableProperty().bind(viewModel.selectedProperty().isNull());
        payThrough.setOnAction(e -> viewModel.payThrough());
        Button basis = new Button("Đối tượng, mức đóng…");
        basis.disableProperty().bind(viewModel.selectedProperty().isNull());
        basis.setOnAction(e -> viewModel.editBasis());
        Label legend = new Label("Số: đã đóng (đồng) · nợ: chưa đóng · miễn · \"·\": tháng chưa đến"
                + " · \"—\": chưa ghi sổ");
        legend.getStyleClass().add("muted");
        HBox actions = new HBox(8, payMonth, payThrough, basis, legend);
        actions.getStyleClass().add("toolbar-row");
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusTextProperty());
        VBox statusBar = new VBox(2, message, status);
        statusBar.getStyleClass().add("status-bar");
        root.setBottom(new VBox(actions, statusBar));
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
