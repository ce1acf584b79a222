package vn.dangvu.logic.backup;

import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.paper.FolderPaperStore;
import vn.dangvu.logic.paper.PaperStores;
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

    /**
     * Encrypts the data with a first password, or replaces the current one. The papers' key gets
     * the new password first and loses the old one last, so a crash between keeps them readable;
     * a first password also seals the papers added until then (decision 0022).
     */
    public void set(String password, String repeated) {
        String problem = problem(password, repeated);
        if (problem != null) {
            throw new RecordRejected("password", problem);
        }
        DataFile file = file();
        FolderPaperStore papers = PaperStores.folderOf(database, file);
        papers.beforePasswordChange(password);
        file.changePassword(password);
        papers.afterPasswordChange(password);
    }

    /** The password encrypts the H2 file: on a server, PostgreSQL's roles decide who reads. */
    private DataFile file() {
        return database.file().orElseThrow(NotOnServerException::password);
    }
}
