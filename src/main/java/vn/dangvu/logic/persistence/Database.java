package vn.dangvu.logic.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database in a data folder, migrated by Flyway on open. One connection,
 * used by one thread at a time (the app's single database executor).
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "dangvu";

    /** Flyway's and jOOQ's routine messages (and jOOQ's banner) would clutter the command line. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");
    private static final java.util.logging.Logger JOOQ_LOG = quiet("org.jooq");

    static {
        vn.dangvu.logic.QuietLibraries.install();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Connection connection;
    private final DSLContext dsl;
    private final EditSession session;

    private Database(Connection connection) {
        this(connection, DSL.using(connection, SQLDialect.H2, new Settings().withExecuteLogging(false)),
                EditSession.ofSystemUser());
    }

    private Database(Connection connection, DSLContext dsl, EditSession session) {
        this.connection = connection;
        this.dsl = dsl;
        this.session = session;
    }

    /** Who writes through this object, stamped on every line of the change log. */
    public EditSession session() {
        return session;
    }

    /**
     * The same database as another session (a second clerk's window): its changes are not this
     * session's to undo. Shares the connection: close only the original.
     */
    public Database inSession(EditSession other) {
        return new Database(connection, dsl, other);
    }

    /** Opens (creating if needed) the database in the folder and brings its schema up to date. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Không tạo được thư mục dữ liệu " + folder + ": " + e.getMessage(), e);
        }
        String url = url(folder);
        Connection first = connect(folder, url);
        boolean migrated;
        try {
            migrated = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                    .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate()
                    .migrationsExecuted > 0;
        } catch (RuntimeException e) {
            closeQuietly(first);
            throw e;
        }
        if (!migrated) {
            return new Database(first);
        }
        // H2 2.4 evaluates CHECK constraints created in the same session of the database wrongly
        // ("Check constraint invalid", H2 #4291/#4308) until it is reopened: close and reopen it.
        closeQuietly(first);
        return new Database(connect(folder, url));
    }

    /** Whether the folder already holds a database (opening would otherwise create an empty one). */
    public static boolean existsIn(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME + ".mv.db"));
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    /** COLLATION is set in the URL: Vietnamese ordering for every string comparison in SQL. */
    static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME) + ";COLLATION=DEFAULT_VI";
    }

    private static Connection connect(Path folder, String url) {
        try {
            return DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DataFolderInUseException(folder, e);
            }
            throw new IllegalStateException("Không mở được dữ liệu trong " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Reads without a transaction of its own. */
    public <T> T read(Function<Repositories, T> work) {
        return work.apply(new Repositories(dsl, session));
    }

    /** All of the work or none of it. */
    public <T> T write(Function<Repositories, T> work) {
        return dsl.transactionResult(configuration -> work.apply(new Repositories(configuration.dsl(), session)));
    }

    /**
     * Closes the database and rewrites its file without the free space that bulk work leaves
     * (a 100,000-member demo shrinks from about 370 MB to 50 MB). The object is closed after.
     */
    public void compactAndClose() {
        // Plain JDBC: jOOQ asks the statement for its update count after executing it, which fails
        // once H2 has shut the database down ("Database is already closed").
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new IllegalStateException("Không thu gọn được tệp dữ liệu: " + e.getMessage(), e);
            }
        }
        closeQuietly(connection);
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: H2 keeps its file consistent either way.
        }
    }
}
