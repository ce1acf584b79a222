package vn.dangvu.ui.merge;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;

/**
 * A table cell that always shows its choice as a drop-down (the clerk sees at once what is to be
 * decided): the row's own options, editable when a new name may be typed; a choice is handed on
 * with its row.
 */
final class ChoiceCell<S> extends TableCell<S, String> {

    private final ComboBox<String> box = new ComboBox<>();
    private final Function<S, List<String>> options;
    /** Set while the cell shows a row, so that showing it is not taken for a choice. */
    private boolean showing;

    ChoiceCell(Function<S, List<String>> options, boolean editable, BiConsumer<S, String> chosen) {
        this.options = options;
        box.setEditable(editable);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setOnAction(e -> {
            S row = getTableRow() == null ? null : getTableRow().getItem();
            // An editable box commits its text when it loses the focus: an empty text is no choice.
            if (!showing && row != null && box.getValue() != null && !box.getValue().isBlank()
                    && !box.getValue().equals(getItem())) {
                chosen.accept(row, box.getValue());
            }
        });
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        S row = getTableRow() == null ? null : getTableRow().getItem();
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        // Left alone when unchanged: a cell is shown again when its row is selected, and resetting
        // the list then would drop the choice the clerk is making in its open list.
        showing = true;
        List<String> offered = options.apply(row);
        if (!box.getItems().equals(offered)) {
            box.getItems().setAll(offered);
        }
        if (!java.util.Objects.equals(box.getValue(), value)) {
            box.setValue(value);
        }
        showing = false;
        setGraphic(box);
    }
}
