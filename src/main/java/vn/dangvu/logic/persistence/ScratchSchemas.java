package vn.dangvu.logic.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Schemas of the benchmark's own on a PostgreSQL server (never a clerk's path: this is DDL), each
 * holding an empty register for one measured import.
 */
public final class ScratchSchemas {

    private ScratchSchemas() {
    }

    /** Drops the schema with everything in it if it is there, and makes it anew, empty. */
    public static void recreate(ServerAddress server, String schema) {
        run(server, "DROP SCHEMA IF EXISTS " + quoted(schema) + " CASCADE", "CREATE SCHEMA " + quoted(schema));
    }

    public static void drop(ServerAddress server, String schema) {
        run(server, "DROP SCHEMA IF EXISTS " + quoted(schema) + " CASCADE");
    }

    private static void run(ServerAddress server, String... statements) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.url());
        source.setUser(server.user().isEmpty() ? null : server.user());
        source.setPassword(server.password().isEmpty() ? null : server.password());
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Không tạo hoặc xóa được lược đồ tạm trên máy chủ " + server + ": "
                    + e.getMessage(), e);
        }
    }

    private static String quoted(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(name);
        }
        return "\"" + name + "\"";
    }
}
