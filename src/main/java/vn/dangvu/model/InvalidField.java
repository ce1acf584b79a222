package vn.dangvu.model;

/**
 * A value a person's field refuses, with the field's key ("citizenId", "birthDate"…: the name the
 * forms give the field), so a form puts the message on that field without reading the message.
 */
public class InvalidField extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
