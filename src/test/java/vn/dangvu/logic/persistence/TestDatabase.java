package vn.dangvu.logic.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the persistence and report tests run on (decision 0015): a real H2 file in the
 * test's folder, and a real PostgreSQL when {@value #URL_ENV} names one (.ci/run starts it);
 * without it the PostgreSQL runs are skipped. Use with {@code @ParameterizedClass @EnumSource}.
 */
public enum TestDatabase {

    H2, POSTGRESQL;

    /** jdbc:postgresql://host:port/database of a database the tests may empty. */
    public static final String URL_ENV = "DANGVU_TEST_PG_URL";
    public static final String USER_ENV = "DANGVU_TEST_PG_USER";
    public static final String PASSWORD_ENV = "DANGVU_TEST_PG_PASSWORD";

    /** An empty database of this kind, migrated (on PostgreSQL the test database is emptied first). */
    public Database fresh(Path folder) {
        if (this == POSTGRESQL) {
            empty(server());
        }
        return reopen(folder);
    }

    /** The same database again, after it was closed (what the app sees at its next start). */
    public Database reopen(Path folder) {
        return this == H2 ? Database.open(folder) : Database.openServer(folder, server());
    }

    /** The server of the PostgreSQL runs; skips the test when none is set. */
    public static ServerAddress server() {
        String url = System.getenv(URL_ENV);
        Assumptions.assumeTrue(url != null && !url.isBlank(), URL_ENV + " is not set: no PostgreSQL run");
        return new ServerAddress(url, System.getenv(USER_ENV), System.getenv(PASSWORD_ENV));
    }

    private static void empty(ServerAddress server) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot empty the test database " + server + ": " + e.getMessage(), e);
        }
    }
}
