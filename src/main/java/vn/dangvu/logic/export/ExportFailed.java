package vn.dangvu.logic.export;

/** A document could not be written; the message says which file and why, in Vietnamese. */
public class ExportFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
