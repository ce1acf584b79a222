package vn.dangvu.ui;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.dangvu.model.DateFormats;

/** Date pickers that read and write dd/MM/yyyy. */
public final class Dates {

    private Dates() {
    }

    public static DatePicker picker(LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        ddMMyyyy(picker);
        return picker;
    }

    public static void ddMMyyyy(DatePicker picker) {
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return DateFormats.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return DateFormats.parse(text).orElse(null);
            }
        });
    }
}
