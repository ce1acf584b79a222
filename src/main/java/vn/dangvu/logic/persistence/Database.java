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
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database in a data folder, or the register on a PostgreSQL server shared by
 * several clerks (decision 0015), migrated by Flyway on open. One connection, used by one thread
 * at a time (the app's single database executor).
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "dangvu";
    /** Backups live in this folder of the data folder (sao lưu). */
    public static final String BACKUP_FOLDER = "sao-luu";
    /** Migrations both databases run; then those of each database's own folder (decision 0015). */
    private static final String COMMON_MIGRATIONS = "classpath:db/migration/common";

    /**
     * Flyway's and jOOQ's routine messages (and jOOQ's banner) would clutter the command line.
     * Flyway's two standing warnings (H2 newer than it was verified with; out-of-order mode,
     * chosen on purpose) too: its failures arrive as exceptions, with a Vietnamese message.
     */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb", java.util.logging.Level.SEVERE);
    private static final java.util.logging.Logger JOOQ_LOG = quiet("org.jooq", java.util.logging.Level.WARNING);

    static {
        vn.dangvu.logic.QuietLibraries.install();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final Path folder;
    /** The PostgreSQL server holding the data, or null for the H2 file in the folder. */
    private final ServerAddress server;
    /** The clerk's password as H2 gets it (see {@link FileKey}); null for a plain file. */
    private FileKey key;
    private Connection connection;
    private DSLContext dsl;
    private final EditSession session;

    private Database(Path folder, FileKey key, Connection connection) {
        this(folder, null, key, connection, EditSession.ofSystemUser());
    }

    private Database(Path folder, ServerAddress server, FileKey key, Connection connection, EditSession session) {
        this.folder = folder;
        this.server = server;
        this.key = key;
        this.session = session;
        use(connection);
    }

    private void use(Connection connection) {
        this.connection = connection;
        Settings settings = new Settings().withExecuteLogging(false);
        // The jOOQ classes are generated from H2, whose unquoted names are upper case; PostgreSQL
        // folds them to lower case, so the same quoted names are rendered in lower case there.
        this.dsl = server == null ? DSL.using(connection, SQLDialect.H2, settings)
                : DSL.using(connection, SQLDialect.POSTGRES, settings.withRenderNameCase(RenderNameCase.LOWER));
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
        return new Database(folder, server, key, connection, other);
    }

    /**
     * Opens the register on a PostgreSQL server and brings its schema up to date. The data folder
     * still holds this computer's settings and the office's own templates and rule tables.
     */
    public static Database openServer(Path folder, ServerAddress server) {
        FolderPermissions.createPrivate(folder);
        javax.sql.DataSource source = dataSource(server);
        Connection connection = connectServer(source, server);
        try {
            migrate(Flyway.configure().dataSource(source), "postgresql");
        } catch (org.flywaydb.core.api.FlywayException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Không cập nhật được cấu trúc dữ liệu trên máy chủ " + server + ": "
                    + e.getMessage(), e);
        }
        Database database = new Database(folder, server, null, connection, EditSession.ofSystemUser());
        database.write(repositories -> repositories.members().fillMissingSortKeys());
        return database;
    }

    /** The data folder's database, or the server's when one is given. */
    public static Database open(Path folder, String password, ServerAddress server) {
        return server == null ? open(folder, password) : openServer(folder, server);
    }

    /** The server holding the data, empty for the file in the data folder. */
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    private static int migrate(org.flywaydb.core.api.configuration.FluentConfiguration flyway, String vendor) {
        // Out of order: features are built in parallel, so a data folder may already hold a
        // later-numbered migration when an earlier-numbered one arrives with the next release.
        return flyway.outOfOrder(true).locations(COMMON_MIGRATIONS, "classpath:db/migration/" + vendor)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate()
                .migrationsExecuted;
    }

    private static javax.sql.DataSource dataSource(ServerAddress server) {
        org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
        source.setURL(server.url());
        if (!server.user().isEmpty()) {
            source.setUser(server.user());
        }
        if (!server.password().isEmpty()) {
            source.setPassword(server.password());
        }
        return source;
    }

    private static Connection connectServer(javax.sql.DataSource source, ServerAddress server) {
        try {
            return source.getConnection();
        } catch (SQLException e) {
            String state = String.valueOf(e.getSQLState());
            if (state.startsWith("28")) { // invalid authorization
                throw new IllegalStateException("Máy chủ " + server + " không nhận tên đăng nhập hoặc mật khẩu: "
                        + e.getMessage(), e);
            }
            throw new IllegalStateException("Không kết nối được máy chủ dữ liệu " + server
                    + " (máy chủ đã chạy chưa, địa chỉ và tên cơ sở dữ liệu đúng chưa?): " + e.getMessage(), e);
        }
    }

    /** Opens (creating if needed) the unencrypted database in the folder and brings its schema up to date. */
    public static Database open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (creating if needed) the database in the folder and brings its schema up to date.
     *
     * @param password the clerk's password when the file is encrypted, else null or empty
     * @throws WrongPasswordException when the file is encrypted and the password is missing or wrong
     */
    public static Database open(Path folder, String password) {
        FolderPermissions.createPrivate(folder);
        boolean existed = existsIn(folder);
        FileKey key = existed && !isEncrypted(folder) ? null : FileKey.of(password);
        if (existed && isEncrypted(folder) && key == null) {
            throw WrongPasswordException.missing();
        }
        String url = url(folder, key);
        Connection first = connect(folder, url, key);
        if (existed) {
            first = LegacyCollation.removeIfSet(folder, key, first);
        }
        if (ShippedMigrations.allApplied(first)) { // Flyway's scan and validation would cost more than the open
            return withSortKeys(new Database(folder, key, first));
        }
        boolean migrated;
        try {
            migrated = migrate(Flyway.configure().dataSource(dataSource(url, key))
                    .callbacks(new BackupBeforeMigration(folder, existed)), "h2") > 0;
        } catch (org.flywaydb.core.api.FlywayException e) {
            closeQuietly(first);
            throw new IllegalStateException("Không cập nhật được cấu trúc dữ liệu trong " + folder + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(first);
            throw e;
        }
        Database database;
        if (migrated) {
            // H2 2.4 evaluates CHECK constraints created in the same session of the database wrongly
            // ("Check constraint invalid", H2 #4291/#4308) until it is reopened: close and reopen it.
            // An existing file is compacted on the way: a migration that rebuilds indexes leaves it
            // up to twice its size (100 → 179 MB for 100,000 members), and every backup with it.
            if (existed) {
                shutdownCompact(first);
            }
            closeQuietly(first);
            database = new Database(folder, key, connect(folder, url, key));
        } else {
            database = new Database(folder, key, first);
        }
        return withSortKeys(database);
    }

    /** Keys of the register's order written where missing (rows from before V14; an interrupted first open). */
    private static Database withSortKeys(Database database) {
        int filled = database.write(repositories -> repositories.members().fillMissingSortKeys());
        if (filled >= 1000) {
            // Rewriting every row once leaves the file several times its size (1.2 GB for 100,000 members).
            database.compactAndClose();
            database.use(connect(database.folder, url(database.folder, database.key), database.key));
        }
        return database;
    }

    /** Flyway's own data source would trim the password's final space that H2 needs with a cipher. */
    private static javax.sql.DataSource dataSource(String url, FileKey key) {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPassword(FileKey.h2Password(key));
        return source;
    }

    /** Opens another data folder (a backup being checked or previewed) with this database's password. */
    public Database openOther(Path otherFolder) {
        requireFile(NotOnServerException.backups());
        return open(otherFolder, key == null ? null : key.password());
    }

    /** Whether the file in the folder is encrypted (H2's encrypted files start with "H2encrypt"). */
    public static boolean isEncrypted(Path folder) {
        Path file = folder.resolve(FILE_NAME + ".mv.db");
        byte[] header = "H2encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(header.length), header);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public boolean encrypted() {
        return key != null;
    }

    /** Whether this is the password the data was opened with (asked again before changing it). */
    public boolean isPassword(String password) {
        return key != null && java.security.MessageDigest.isEqual(
                key.password().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                String.valueOf(password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Encrypts the file with a new password, or changes the password (mật khẩu): the database is
     * closed, its file rewritten by H2's ChangeFileEncryption, and opened again with the new password.
     * On failure it is opened again as it was.
     */
    public void changePassword(String newPassword) {
        requireFile(NotOnServerException.password());
        FileKey newKey = FileKey.of(newPassword);
        if (newKey == null) {
            throw new IllegalArgumentException("Mật khẩu không được để trống.");
        }
        shutdown();
        try {
            org.h2.tools.ChangeFileEncryption.execute(folder.toString(), FILE_NAME, "AES",
                    key == null ? null : key.fileKey(), newKey.fileKey(), true);
        } catch (SQLException e) {
            use(connect(folder, url(folder, key), key));
            throw new IllegalStateException("Không đổi được mật khẩu: " + e.getMessage(), e);
        }
        key = newKey;
        use(connect(folder, url(folder, key), key));
    }

    /**
     * Replaces this database's file with the one in another folder (a checked backup, closed) and
     * opens it again. A plain backup restored over encrypted data is encrypted with the same password.
     */
    public void replaceWith(Path otherFolder) {
        requireFile(NotOnServerException.backups());
        FileKey wanted = key;
        shutdown();
        try {
            Files.move(otherFolder.resolve(FILE_NAME + ".mv.db"), folder.resolve(FILE_NAME + ".mv.db"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            use(connect(folder, url(folder, key), key));
            throw new IllegalStateException("Không thay được tệp dữ liệu: " + e.getMessage(), e);
        }
        key = isEncrypted(folder) ? key : null;
        use(connect(folder, url(folder, key), key));
        if (wanted != null && key == null) {
            changePassword(wanted.password());
        }
    }

    /** The folder this database lives in. */
    public Path folder() {
        return folder;
    }

    /** Whether the folder already holds a database (opening would otherwise create an empty one). */
    public static boolean existsIn(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME + ".mv.db"));
    }

    private static java.util.logging.Logger quiet(String name, java.util.logging.Level level) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(level);
        return logger;
    }

    /**
     * No collation: H2 cannot reopen a collated file after a crash mid-transaction, so names are
     * ordered by keys the application writes (decision 0011). An embedded file database only: no
     * TCP server, no AUTO_SERVER, so no network port is opened.
     */
    static String url(Path folder, FileKey key) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME)
                + (key == null ? "" : ";CIPHER=AES");
    }

    private static Connection connect(Path folder, String url, FileKey key) {
        try {
            return DriverManager.getConnection(url, "sa", FileKey.h2Password(key));
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new DataFolderInUseException(folder, e);
            }
            if (WrongPasswordException.isWrongPassword(e)) {
                throw WrongPasswordException.wrong(e);
            }
            if (existsIn(folder)) {
                throw new DataFileUnreadableException(folder, e);
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
        if (server != null) {
            close(); // the server manages its own files
            return;
        }
        shutdownCompact(connection);
        closeQuietly(connection);
    }

    /**
     * Plain JDBC: jOOQ asks the statement for its update count after executing it, which fails
     * once H2 has shut the database down ("Database is already closed").
     */
    private static void shutdownCompact(Connection connection) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new IllegalStateException("Không thu gọn được tệp dữ liệu: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    /** Closes the file for good (other connections of this JVM included), so it can be rewritten or replaced. */
    private void shutdown() {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new IllegalStateException("Không đóng được tệp dữ liệu: " + e.getMessage(), e);
            }
        }
        closeQuietly(connection);
    }

    /** H2's consistent copy of the open database into a zip file (BACKUP TO), taken on this connection. */
    public void backupTo(Path zip) {
        requireFile(NotOnServerException.backups());
        backup(connection, zip);
    }

    static void backup(Connection connection, Path zip) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Không sao lưu được vào " + zip + ": " + e.getMessage(), e);
        }
    }

    /** The number of rows and a checksum of every table, to compare a backup with the original. */
    public java.util.SortedMap<String, TableChecksum> checksums() {
        requireFile(NotOnServerException.backups());
        return TableChecksum.of(connection);
    }

    /** Encryption, backups and compaction work on the H2 file: on a server they are its administrator's. */
    private void requireFile(NotOnServerException otherwise) {
        if (server != null) {
            throw otherwise;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: H2 keeps its file consistent either way.
        }
    }
}
