package vn.dangvu.ui;

import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/** How every list of the app behaves alike: open a line, and keep the chosen line in the view model. */
public final class Tables {

    private Tables() {
    }

    /**
     * A double click on a line, or Enter, opens the selected line.
     *
     * @param rows makes the table's rows ({@code TableRow::new}, or a row that styles itself)
     */
    public static <T> void openOnDoubleClickOrEnter(TableView<T> table, Supplier<TableRow<T>> rows, Runnable open) {
        table.setRowFactory(t -> {
            TableRow<T> row = rows.get();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
                e.consume();
            }
        });
    }

    /** The table's selected line and the view model's follow each other, the table scrolling to it. */
    public static <T> void followSelection(TableView<T> table, ObjectProperty<T> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> selected.set(line));
        selected.addListener((o, was, line) -> {
            if (line == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != line) {
                table.getSelectionModel().select(line);
                table.scrollTo(line);
            }
        });
    }
}
