package vn.dangvu.ui.stats;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.ui.Fxml;
import vn.dangvu.ui.Styles;

/** A window listing who is behind one number of a report. */
public final class PeopleBehindView {

    private final PeopleBehind people;
    private final Consumer<PeopleBehind> export;
    private final Parent root;

    @FXML private Label title;
    @FXML private Button exportButton;
    @FXML private TableView<List<String>> table;

    public PeopleBehindView(PeopleBehind people, Consumer<PeopleBehind> export) {
        this.people = people;
        this.export = export;
        root = Fxml.load(this, "PeopleBehind.fxml");
    }

    @FXML
    private void initialize() {
        TableColumn<List<String>, String> number = new TableColumn<>("STT");
        number.setCellFactory(c -> new TableCell<>() {
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
        title.setText(people.title() + " — " + NumberFormats.count(people.lines().size()));
        exportButton.setVisible(people.members() != null);
    }

    @FXML
    private void exportPeople() {
        export.accept(people);
    }

    public void show(Window owner) {
        Scene scene = new Scene(root, 860, 560);
        scene.getStylesheets().add(Styles.APP);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(people.title());
        stage.setScene(scene);
        stage.show();
    }
}
