package vn.dangvu.logic.persistence;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A backup of the register on a server (decision 0026): {@code pg_dump} of the register's schema
 * in custom format, taken in a snapshot that Đảng Vụ reads too, so the rows and checksums it
 * counts are exactly what was dumped however many clerks write meanwhile; then
 * {@code pg_restore} of the dump into a scratch database, counted again and dropped. Never in a
 * clerk's ordinary path: the scratch database is DDL (its role needs the CREATEDB right).
 */
public final class ServerDump {

    private static final String SCRATCH_PREFIX = "dangvu_kiem_tra_";

    private ServerDump() {
    }

    /** What a dump holds: the schema it is of, the newest migration, every table as dumped. */
    public record Dumped(String schema, Optional<String> schemaVersion, SortedMap<String, TableChecksum> tables) {
    }

    /**
     * Dumps the schema of the server's connections into {@code file}.
     *
     * @throws IllegalStateException saying in Vietnamese what went wrong
     */
    public static Dumped dump(ServerAddress server, PgTools tools, Path file) {
        try (Connection connection = server.connect()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            String snapshot = single(connection, "SELECT pg_export_snapshot()");
            String schema = connection.getSchema();
            tools.dump(server, List.of("--format=custom", "--snapshot=" + snapshot, "--schema=" + schema,
                    "--no-owner", "--no-privileges", "--file=" + file, "--dbname=" + server.libpqUri()));
            Dumped dumped = new Dumped(schema, SchemaVersions.applied(connection), TableChecksum.of(connection));
            connection.commit();
            return dumped;
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được dữ liệu trên máy chủ " + server + " để sao lưu ("
                    + "mã lỗi PostgreSQL " + e.getSQLState() + ").", e);
        }
    }

    /**
     * Restores a dump into a new scratch database on the same server, reads every table's rows and
     * checksum there, and drops the scratch database.
     *
     * @throws IllegalStateException saying in Vietnamese what went wrong
     */
    public static SortedMap<String, TableChecksum> restoredCopy(ServerAddress server, PgTools tools, Path file) {
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        String scratch = SCRATCH_PREFIX + HexFormat.of().formatHex(random);
        execute(server, "CREATE DATABASE " + scratch);
        try {
            ServerAddress copy = server.withDatabase(scratch);
            tools.restore(server, List.of("--no-owner", "--no-privileges", "--clean", "--if-exists", "--exit-on-error",
                    "--dbname=" + copy.libpqUri(), file.toString()));
            try (Connection connection = copy.connect()) {
                connection.setAutoCommit(false);
                return TableChecksum.of(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Không đọc được bản phục hồi thử trên máy chủ (mã lỗi PostgreSQL "
                        + e.getSQLState() + ").", e);
            }
        } finally {
            execute(server, "DROP DATABASE IF EXISTS " + scratch);
        }
    }

    private static void execute(ServerAddress server, String sql) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) { // insufficient_privilege
                throw new IllegalStateException("Tài khoản " + (server.user().isEmpty() ? "" : server.user() + " ")
                        + "trên máy chủ không được tạo cơ sở dữ liệu tạm để phục hồi thử bản sao lưu; người quản trị"
                        + " cần cho tài khoản này quyền CREATEDB (ALTER ROLE … CREATEDB).", e);
            }
            throw new IllegalStateException("Máy chủ " + server + " không tạo hoặc xóa được cơ sở dữ liệu tạm để"
                    + " phục hồi thử bản sao lưu (mã lỗi PostgreSQL " + e.getSQLState() + ").", e);
        }
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
