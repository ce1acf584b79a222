package vn.dangvu.logic.persistence;

/**
 * The PostgreSQL server did not answer, or the connection was lost during the work; the message
 * says, in Vietnamese, whether the work was kept. The next unit of work connects again.
 */
public final class ServerUnreachableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
