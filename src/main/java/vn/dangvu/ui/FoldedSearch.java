package vn.dangvu.ui;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import vn.dangvu.model.VietnameseText;

/**
 * Makes a ControlsFX {@link SearchableComboBox} find "Đặng Thị Anh" when the clerk types
 * "dang thi anh". Its filter only lower-cases the converter's text, so the converter gives the
 * label followed by its folded form while the cells show the label alone.
 */
public final class FoldedSearch {

    private FoldedSearch() {
    }

    public static <T> void install(SearchableComboBox<T> combo, Function<T, String> label) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                if (item == null) {
                    return "";
                }
                String text = label.apply(item);
                return text + " " + VietnameseText.fold(text);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        combo.setCellFactory(list -> new LabelCell<>(label));
        combo.setButtonCell(new LabelCell<>(label));
    }

    private static final class LabelCell<T> extends ListCell<T> {
        private final Function<T, String> label;

        LabelCell(Function<T, String> label) {
            this.label = label;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label.apply(item));
        }
    }
}
