package vn.dangvu.model.history;

/**
 * One field of a change, old → new, as stored: dates ISO, choices by their code; null is empty.
 * {@code field} is the column name ("birth_date") or an event fact ("branch", "status").
 */
public record FieldChange(String field, String oldValue, String newValue) {

    public FieldChange {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("Thiếu tên trường của thay đổi.");
        }
    }

    public boolean changed() {
        return !java.util.Objects.equals(oldValue, newValue);
    }
}
