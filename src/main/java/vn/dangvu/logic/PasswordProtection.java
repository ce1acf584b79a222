package vn.dangvu.logic;

import java.util.Locale;
import java.util.Optional;

/**
 * How this computer keeps the PostgreSQL server's password in the settings file (decision 0026):
 * on Windows sealed with the user's own DPAPI key ({@link WindowsDpapi}), so the file copied to
 * another user or computer does not open; elsewhere not kept at all, and asked at each start unless
 * DANGVU_DB_PASSWORD gives it.
 */
public interface PasswordProtection {

    /** Keeps nothing: the password is asked for, or taken from the environment. */
    PasswordProtection NONE = new PasswordProtection() {
        @Override
        public Optional<String> protect(String password) {
            return Optional.empty();
        }

        @Override
        public Optional<String> reveal(String kept) {
            return Optional.empty();
        }
    };

    /** The form to keep in the file, or empty when this computer keeps none. */
    Optional<String> protect(String password);

    /** The password again, or empty when this user on this computer cannot open what was kept. */
    Optional<String> reveal(String kept);

    static PasswordProtection ofThisComputer() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                ? new WindowsDpapi() : NONE;
    }
}
