package vn.dangvu.logic.persistence;

import java.util.Locale;

/**
 * A PostgreSQL server that holds the register instead of the file in the data folder (máy chủ dữ
 * liệu), for an office where several clerks share one register (decision 0015).
 *
 * @param url      jdbc:postgresql://host[:port]/database
 * @param user     the PostgreSQL role; empty for the driver's default (the user's login name)
 * @param password the role's password; empty when the server does not ask for one
 */
public record ServerAddress(String url, String user, String password) {

    static final String PREFIX = "jdbc:postgresql://";

    public ServerAddress {
        url = url == null ? "" : url.strip();
        if (!url.toLowerCase(Locale.ROOT).startsWith(PREFIX) || url.length() == PREFIX.length()) {
            throw new IllegalArgumentException("Địa chỉ máy chủ dữ liệu phải có dạng " + PREFIX
                    + "tên-máy/tên-cơ-sở-dữ-liệu (PostgreSQL), không phải \"" + url + "\".");
        }
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
    }

    /** The same server with {@code schema} as the connections' own (the benchmark's scratch schemas). */
    public ServerAddress inSchema(String schema) {
        return new ServerAddress(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    }

    /** What the clerk sees: the address without the password. */
    @Override
    public String toString() {
        return url + (user.isEmpty() ? "" : " (" + user + ")");
    }
}
