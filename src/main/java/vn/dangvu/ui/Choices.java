package vn.dangvu.ui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Combo boxes whose first choice, "all" (null), clears a filter. */
public final class Choices {

    private Choices() {
    }

    public static <T> void bindFilter(ComboBox<T> combo, ObservableList<T> values, ObjectProperty<T> property,
                                      String allLabel, Function<T, String> label) {
        boolean[] replacing = {false};
        replaceItems(combo, values);
        values.addListener((ListChangeListener<T>) change -> {
            // Replacing the items moves the selection; that must not change the filter.
            replacing[0] = true;
            T kept = property.get();
            replaceItems(combo, values);
            combo.setValue(kept);
            replacing[0] = false;
        });
        combo.setPromptText(allLabel);
        combo.setCellFactory(list -> cell(allLabel, label));
        combo.setButtonCell(cell(allLabel, label));
        combo.setValue(property.get());
        combo.valueProperty().addListener((o, a, b) -> {
            if (!replacing[0]) {
                property.set(b);
            }
        });
        property.addListener((o, a, b) -> combo.setValue(b));
    }

    private static <T> void replaceItems(ComboBox<T> combo, ObservableList<T> values) {
        java.util.List<T> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(values);
        combo.getItems().setAll(items);
    }

    private static <T> ListCell<T> cell(String allLabel, Function<T, String> label) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? allLabel : label.apply(item));
            }
        };
    }
}
