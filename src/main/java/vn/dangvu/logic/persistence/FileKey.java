package vn.dangvu.logic.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The clerk's password as H2's file encryption gets it. H2 takes "FILEPASSWORD USERPASSWORD",
 * split at the first space, so a password with spaces would be cut: the file password is the
 * hex SHA-256 of the clerk's password instead (no spaces, any length). The SQL user keeps its
 * empty password; the file encryption is what protects the data.
 */
record FileKey(String password, char[] fileKey) {

    /** Null for no password (a plain file). */
    static FileKey of(String password) {
        if (password == null || password.isEmpty()) {
            return null;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("dangvu:" + password).getBytes(StandardCharsets.UTF_8));
            return new FileKey(password, HexFormat.of().formatHex(hash).toCharArray());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What goes in the PASSWORD of the connection: the file key, a space, the (empty) user password. */
    static String h2Password(FileKey key) {
        return key == null ? "" : new String(key.fileKey) + " ";
    }
}
