package vn.dangvu.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dangvu.model.DateFormats;

/**
 * Reads the dates a clerk types into a form: d/M/yyyy or dd/MM/yyyy, and not after today (the
 * day comes from the injected clock, so a test fixes it). A problem goes into the form's errors
 * under the field's key, in Vietnamese that names the field by its label.
 */
public final class FormDates {

    private final Supplier<LocalDate> today;

    public FormDates(Supplier<LocalDate> today) {
        this.today = today;
    }

    /** The day the form counts from: no date after it is accepted as a past one. */
    public LocalDate today() {
        return today.get();
    }

    /** A day that has come: empty when blank (an error if required), malformed or after today. */
    public Optional<LocalDate> past(Map<String, String> errors, String field, String label, String text,
                                    boolean required) {
        return read(errors, field, label, text, required).filter(date -> {
            if (date.isAfter(today.get())) {
                errors.put(field, label + " " + DateFormats.format(date) + " ở tương lai.");
                return false;
            }
            return true;
        });
    }

    /** A day that may lie ahead (the end of a certificate's validity): empty when blank or malformed. */
    public Optional<LocalDate> anyDay(Map<String, String> errors, String field, String label, String text) {
        return read(errors, field, label, text, false);
    }

    private static Optional<LocalDate> read(Map<String, String> errors, String field, String label, String text,
                                            boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, label + ": chưa nhập (dd/MM/yyyy).");
            }
            return Optional.empty();
        }
        Optional<LocalDate> date = DateFormats.parse(text);
        if (date.isEmpty()) {
            errors.put(field, label + " \"" + text.strip() + "\" không đúng dạng dd/MM/yyyy.");
        }
        return date;
    }
}
