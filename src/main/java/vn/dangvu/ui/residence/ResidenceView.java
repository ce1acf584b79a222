package vn.dangvu.ui.residence;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import vn.dangvu.model.DateFormats;

/** The list of members registered at their place of residence, with the year's comments. */
public final class ResidenceView {

    private final BorderPane root = new BorderPane();

    public ResidenceView(ResidenceViewModel viewModel) {
        TableView<ResidenceViewModel.Line> table = new TableView<>(viewModel.lines());
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
        table.setPlaceholder(new Label("Chưa có đảng viên nào đăng ký sinh hoạt nơi cư trú trong năm này."));
        TextField year = new TextField();
        year.setPrefColumnCount(5);
        year.textProperty().bindBidirectional(viewModel.year);
        year.setOnAction(e -> viewModel.load());
        Button show = new Button("Xem");
        show.setOnAction(e -> viewModel.load());
        Button add = new Button("Đăng ký mới…");
        add.setOnAction(e -> viewModel.register());
        Button comment = new Button("Nhận xét năm…");
        comment.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        comment.setOnAction(e -> viewModel.comment(table.getSelectionModel().getSelectedItem()));
        Button end = new Button("Thôi đăng ký…");
        end.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        end.setOnAction(e -> viewModel.end(table.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add("muted");
        HBox bar = new HBox(8, new Label("Năm"), year, show, add, comment, end, message);
        bar.getStyleClass().add("toolbar-row");
        root.setTop(bar);
        root.setCenter(table);
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
