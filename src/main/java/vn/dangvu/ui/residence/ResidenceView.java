package vn.dangvu.ui.residence;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import vn.dangvu.model.DateFormats;
import vn.dangvu.ui.Fxml;

/** The list of members registered at their place of residence, with the year's comments. */
public final class ResidenceView {

    private final ResidenceViewModel viewModel;
    private final Parent root;

    @FXML private TextField year;
    @FXML private Button comment;
    @FXML private Button end;
    @FXML private Label message;
    @FXML private TableView<ResidenceViewModel.Line> table;

    public ResidenceView(ResidenceViewModel viewModel) {
        this.viewModel = viewModel;
        root = Fxml.load(this, "Residence.fxml");
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.lines());
        table.getColumns().setAll(List.of(
                column("Họ và tên", l -> l.registration().fullName(), 160),
                column("Năm sinh", l -> l.registration().birthYear() == null ? ""
                        : String.valueOf(l.registration().birthYear()), 70),
                column("Nơi cư trú", l -> l.registration().homeAddress(), 150),
                column("Nơi công tác", l -> l.registration().workplace(), 170),
                column("Sinh hoạt đảng tại", l -> l.registration().homeOrganisation(), 180),
                column("Chi bộ nơi cư trú", ResidenceViewModel.Line::branch, 160),
                column("Ngày đăng ký", l -> DateFormats.format(l.registration().registeredOn()), 95),
                column("Thôi đăng ký", l -> DateFormats.format(l.registration().endedOn()), 95),
                column("Nhận xét của năm", ResidenceViewModel.Line::comment, 260)));
        year.textProperty().bindBidirectional(viewModel.year);
        comment.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        end.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        message.textProperty().bind(viewModel.messageProperty());
    }

    @FXML
    private void load() {
        viewModel.load();
    }

    @FXML
    private void register() {
        viewModel.register();
    }

    @FXML
    private void commentSelected() {
        viewModel.comment(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void endSelected() {
        viewModel.end(table.getSelectionModel().getSelectedItem());
    }

    public Parent root() {
        return root;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
