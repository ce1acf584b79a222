package vn.dangvu.logic.backup;

import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.NotOnServerException;

/** The password (mật khẩu) that encrypts the data file: set it, change it. Call from the task runner. */
public final class PasswordService {

    /** Short enough to remember, long enough not to be guessed at the office PC. */
    public static final int MIN_LENGTH = 6;

    private final Database database;

    public PasswordService(Database database) {
        this.database = database;
    }

    public boolean isSet() {
        return database.file().map(DataFile::encrypted).orElse(false);
    }

    /** Checks a new password and its repetition; the message says what is wrong, or null when fine. */
    public static String problem(String password, String repeated) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Mật khẩu cần ít nhất " + MIN_LENGTH + " ký tự.";
        }
        if (!password.equals(repeated)) {
            return "Hai lần nhập mật khẩu không giống nhau.";
        }
        return null;
    }

    /** Replaces the current password, after checking the clerk knows it. */
    public void change(String current, String password, String repeated) {
        if (!file().isPassword(current)) {
            throw new RecordRejected("current", "Mật khẩu hiện tại không đúng. Mật khẩu không đổi.");
        }
        set(password, repeated);
    }

    /** Encrypts the data with a first password, or replaces the current one. */
    public void set(String password, String repeated) {
        String problem = problem(password, repeated);
        if (problem != null) {
            throw new RecordRejected("password", problem);
        }
        file().changePassword(password);
    }

    /** The password encrypts the H2 file: on a server, PostgreSQL's roles decide who reads. */
    private DataFile file() {
        return database.file().orElseThrow(NotOnServerException::password);
    }
}
