package vn.dangvu.logic.persistence;

/** The server refused the user name or password: the start asks for the password (again). */
public final class ServerLoginRefusedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    ServerLoginRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
