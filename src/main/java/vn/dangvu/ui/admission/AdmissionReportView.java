package vn.dangvu.ui.admission;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.model.Branch;
import vn.dangvu.ui.Choices;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Styles;

/** The admission report window: targets, the yearly table, Biểu 2, export to Excel. */
public final class AdmissionReportView {

    private final AdmissionReportViewModel viewModel;
    private final Parent root;
    private final Stage stage = new Stage();

    @FXML private TextField fromYear;
    @FXML private TextField toYear;
    @FXML private ComboBox<Branch> scope;
    @FXML private TextField targetYear;
    @FXML private TextField target;
    @FXML private TableView<ReportLine> years;
    @FXML private Label error;
    @FXML private Label message;

    public AdmissionReportView(AdmissionReportViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "AdmissionReport.fxml", "admission.css");
    }

    @FXML
    private void initialize() {
        fromYear.textProperty().bindBidirectional(viewModel.fromYear);
        toYear.textProperty().bindBidirectional(viewModel.toYear);
        targetYear.textProperty().bindBidirectional(viewModel.targetYear);
        target.textProperty().bindBidirectional(viewModel.target);
        Choices.bindFilter(scope, viewModel.branches(), viewModel.scope, "Toàn Đảng bộ", Branch::name);
        years.getColumns().setAll(List.of(column("Năm thực hiện", ReportLine::label, 130),
                column("Chỉ tiêu đề ra", ReportLine::first, 120), column("Thực hiện", ReportLine::second, 110),
                column("Tỷ lệ %", ReportLine::third, 110)));
        years.setItems(viewModel.years());
        error.textProperty().bind(viewModel.errorProperty());
        message.textProperty().bind(viewModel.messageProperty());
    }

    private static TableColumn<ReportLine, String> column(String title, Function<ReportLine, String> value, double width) {
        TableColumn<ReportLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setSortable(false);
        column.setPrefWidth(width);
        return column;
    }

    public void show(Window owner) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Styles.APP);
        stage.setScene(scene);
        stage.setTitle("Chỉ tiêu và báo cáo kết nạp đảng viên");
        stage.initOwner(owner);
        stage.show();
        viewModel.load();
    }

    @FXML
    private void refresh() {
        viewModel.load();
    }

    @FXML
    private void saveTarget() {
        viewModel.saveTarget();
    }

    @FXML
    private void export() {
        viewModel.export();
    }
}
