package vn.dangvu.cli;

/** Wrong command line: the message is printed with the usage help and the exit code is 2. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
