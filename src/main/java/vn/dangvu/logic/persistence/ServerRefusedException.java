package vn.dangvu.logic.persistence;

/**
 * The PostgreSQL server refused a unit of work, mostly because of another clerk's work at the
 * same moment (a deadlock, a duplicate); nothing of it was written. The message is Vietnamese.
 */
public final class ServerRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    ServerRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
