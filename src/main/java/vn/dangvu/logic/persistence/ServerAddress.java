package vn.dangvu.logic.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;

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

    /** The same server and login, another database on it (a scratch copy); the URL's parameters are kept. */
    ServerAddress withDatabase(String database) {
        String rest = url.substring(PREFIX.length());
        int query = rest.indexOf('?');
        return new ServerAddress(PREFIX + hosts() + "/" + database + (query < 0 ? "" : rest.substring(query)),
                user, password);
    }

    /** The address as pg_dump and pg_restore take it (a libpq URI, without the JDBC parameters). */
    String libpqUri() {
        return "postgresql://" + hosts() + "/" + database();
    }

    /** The database named in the URL. */
    String database() {
        String rest = url.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        int query = rest.indexOf('?');
        String name = slash < 0 ? "" : rest.substring(slash + 1, query < 0 ? rest.length() : query);
        if (name.isEmpty()) {
            throw new IllegalStateException("Địa chỉ máy chủ dữ liệu " + url + " không có tên cơ sở dữ liệu.");
        }
        return name;
    }

    /** One connection of its own, outside the pool (DDL of the benchmark, a backup's snapshot). */
    Connection connect() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setUser(user.isEmpty() ? null : user);
        source.setPassword(password.isEmpty() ? null : password);
        return source.getConnection();
    }

    private String hosts() {
        String rest = url.substring(PREFIX.length());
        int end = rest.indexOf('/');
        return end < 0 ? rest.split("\\?")[0] : rest.substring(0, end);
    }

    /** What the clerk sees: the address without the password. */
    @Override
    public String toString() {
        return url + (user.isEmpty() ? "" : " (" + user + ")");
    }
}
