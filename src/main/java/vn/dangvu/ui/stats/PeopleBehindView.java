package vn.dangvu.ui.stats;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.ui.Styles;

/** A window listing who is behind one number of a report. */
public final class PeopleBehindView {

    private final PeopleBehind people;
    private final Consumer<PeopleBehind> export;

    public PeopleBehindView(PeopleBehind people, Consumer<PeopleBehind> export) {
        this.people = people;
        this.export = export;
    }

    public void show(Window owner) {
        TableView<List<String>> table = new TableView<>();
        table.setId("people-behind");
        TableColumn<List<String>, String> number = new TableColumn<>("STT");
        number.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : String.valueOf(getIndex() + 1));
            }
        });
        number.setSortable(false);
        number.setPrefWidth(60);
        table.getColumns().add(number);
        for (int i = 0; i < people.headers().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(people.headers().get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(index)));
            column.setPrefWidth(index == 0 ? 220 : 150);
            column.setSortable(false);
            table.getColumns().add(column);
        }
        table.getItems().setAll(people.lines());
        table.setPlaceholder(new Label("Không có ai."));
        Label title = new Label(people.title() + " — " + NumberFormats.count(people.lines().size()));
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        Button exportButton = new Button("Xuất Excel…");
        exportButton.setOnAction(e -> export.accept(people));
        exportButton.setVisible(people.members() != null);
        HBox top = new HBox(12, title, exportButton);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        BorderPane pane = new BorderPane(table);
        pane.setTop(top);
        BorderPane.setMargin(top, new Insets(8));
        Scene scene = new Scene(pane, 860, 560);
        scene.getStylesheets().add(Styles.APP);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(people.title());
        stage.setScene(scene);
        stage.show();
    }
}
