package vn.dangvu.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/**
 * Binds the person's controls of a form to {@link PersonFields}, each found by its fx:id (the
 * field's key), so every form lays the fields out its own way and shows only those it needs.
 */
public final class PersonControls {

    private PersonControls() {
    }

    /** @param fields the node that holds the controls (inside a scroll pane: its content) */
    public static void bind(Parent fields, PersonFields person) {
        for (StringProperty text : person.texts()) {
            if (fields.lookup("#" + text.getName()) instanceof TextField field) {
                field.textProperty().bindBidirectional(text);
            }
        }
        choice(fields, person.sex, Sex.values());
        choice(fields, person.politicalTheory, PoliticalTheory.values());
    }

    @SuppressWarnings("unchecked")
    private static <T> void choice(Parent fields, ObjectProperty<T> property, T[] values) {
        if (fields.lookup("#" + property.getName()) instanceof ComboBox<?> found) {
            ComboBox<T> combo = (ComboBox<T>) found;
            combo.getItems().setAll(values);
            combo.valueProperty().bindBidirectional(property);
        }
    }
}
