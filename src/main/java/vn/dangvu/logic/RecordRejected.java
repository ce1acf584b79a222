package vn.dangvu.logic;

/**
 * A save refused because of the data (a card number already used, a dissolved branch...).
 * {@code field} names the form field to point at, or null.
 */
public class RecordRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RecordRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
