package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The embedded H2 file in a data folder (dangvu.mv.db) and what only a file has: its password
 * (decision 0009), verified backups, replacing it with a backup, compaction. The file is closed
 * and opened again in place for some of these, so the {@link Database} every service holds stays
 * valid. One connection, used by one thread at a time (the app's single database executor).
 */
public final class DataFile extends Storage {

    public static final String FILE_NAME = "dangvu";
    /** Backups live in this folder of the data folder (sao lưu). */
    public static final String BACKUP_FOLDER = "sao-luu";
    /** Where a new file is made before it is moved into the data folder. */
    private static final String CREATION_FOLDER = "dang-tao";
    /** H2's page cache, in KB (decision 0029). */
    private static final int PAGE_CACHE_KB = 64 * 1024;
    private static final int READ_ONCE_CACHE_KB = 16 * 1024;

    private final Path folder;
    /** The clerk's password as H2 gets it (see {@link FileKey}); null for a plain file. */
    private FileKey key;
    private Connection connection;
    private DSLContext dsl;

    private DataFile(Path folder, FileKey key, Connection connection) {
        this.folder = folder;
        this.key = key;
        use(connection);
    }

    private void use(Connection connection) {
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.H2, settings());
    }

    /**
     * Opens (creating if needed) the file in the folder and brings its schema up to date.
     *
     * @param password the clerk's password when the file is encrypted, else null or empty
     * @throws WrongPasswordException when the file is encrypted and the password is missing or wrong
     */
    static DataFile open(Path folder, String password) {
        FolderPermissions.createPrivate(folder);
        UnfinishedUpgrade.undoIfAny(folder);
        removeCreationLeftovers(folder);
        if (!existsIn(folder)) {
            create(folder, FileKey.of(password));
        }
        FileKey key = isEncrypted(folder) ? FileKey.of(password) : null;
        if (isEncrypted(folder) && key == null) {
            throw WrongPasswordException.missing();
        }
        Connection connection = LegacyCollation.removeIfSet(folder, key, connect(folder, key));
        DataFile file = new DataFile(folder, key, connection);
        try {
            Migrations.onFile(file, true);
        } catch (RuntimeException e) {
            file.close();
            throw e;
        }
        return file;
    }

    /**
     * Opens the data file of another folder (a backup of another data folder being merged in) only
     * if this version of the application can read it: the database's schema versions this build
     * does not know mean it was written by a newer version.
     *
     * @throws NewerVersionException   when it was
     * @throws WrongPasswordException  when it is encrypted and the password is missing or wrong
     */
    public static Database openIfNotNewer(Path folder, String password) {
        FileKey key = isEncrypted(folder) ? FileKey.of(password) : null;
        if (isEncrypted(folder) && key == null) {
            throw WrongPasswordException.missing();
        }
        java.util.Set<String> unknown;
        try (Connection connection = connect(folder, key)) {
            unknown = ShippedMigrations.unknown(connection);
        } catch (SQLException e) {
            throw new DataFileUnreadableException(folder, e);
        }
        if (!unknown.isEmpty()) {
            throw new NewerVersionException(unknown);
        }
        Database database = Database.open(folder, password);
        database.file().ifPresent(DataFile::readThroughOnce);
        return database;
    }

    /**
     * H2's own 16 MB cache for a copy read through once (a former unit's backup in a merge): beside
     * the data here, with its 64 MB, a 100,000-member merge then fits a 256 MB heap (decision 0029).
     */
    private void readThroughOnce() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET CACHE_SIZE " + READ_ONCE_CACHE_KB);
        } catch (SQLException e) {
            throw new DataFileUnreadableException(folder, e);
        }
    }

    /**
     * A start killed while a new file was being made leaves its work folder: with a half-made file
     * (made again next), or after the file was moved in, before the folder was deleted.
     */
    private static void removeCreationLeftovers(Path folder) {
        try {
            LegacyCollation.deleteFolder(folder.resolve(CREATION_FOLDER));
        } catch (IOException e) {
            throw new IllegalStateException("Không xóa được thư mục tạm " + folder.resolve(CREATION_FOLDER) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * A new file is made whole in a folder of its own, then moved in (one atomic move): a crash
     * while its tables are being made leaves no half-made file, and the next start makes it again.
     */
    private static void create(Path folder, FileKey key) {
        Path work = folder.resolve(CREATION_FOLDER);
        try {
            FolderPermissions.createPrivate(work);
            DataFile file = new DataFile(work, key, connect(work, key));
            try {
                Migrations.onFile(file, false);
            } finally {
                file.shutdown();
            }
            replaceFile(work, folder);
            LegacyCollation.deleteFolder(work);
        } catch (IOException e) {
            throw new IllegalStateException("Không tạo được dữ liệu trong " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Whether the folder already holds a data file (opening would otherwise create an empty one). */
    public static boolean existsIn(Path folder) {
        return Files.isRegularFile(fileIn(folder));
    }

    /** Whether the file in the folder is encrypted (H2's encrypted files start with "H2encrypt"). */
    public static boolean isEncrypted(Path folder) {
        byte[] header = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = Files.newInputStream(fileIn(folder))) {
            return Arrays.equals(in.readNBytes(header.length), header);
        } catch (IOException e) {
            return false;
        }
    }

    public boolean encrypted() {
        return key != null;
    }

    /** The password the file is open with, null for a plain file: the papers' key is wrapped by it (decision 0022). */
    public String password() {
        return key == null ? null : key.password();
    }

    /** Whether this is the password the file was opened with (asked again before changing it). */
    public boolean isPassword(String password) {
        return key != null && MessageDigest.isEqual(key.password().getBytes(StandardCharsets.UTF_8),
                String.valueOf(password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Encrypts the file with a new password, or changes the password (mật khẩu): the file is
     * closed, rewritten by H2's ChangeFileEncryption, and opened again with the new password.
     * On failure it is opened again as it was.
     */
    public void changePassword(String newPassword) {
        FileKey newKey = FileKey.of(newPassword);
        if (newKey == null) {
            throw new IllegalArgumentException("Mật khẩu không được để trống.");
        }
        shutdown();
        try {
            ChangeFileEncryption.execute(folder.toString(), FILE_NAME, "AES",
                    key == null ? null : key.fileKey(), newKey.fileKey(), true);
        } catch (SQLException e) {
            reconnect();
            throw new IllegalStateException("Không đổi được mật khẩu: " + e.getMessage(), e);
        }
        key = newKey;
        reconnect();
    }

    /**
     * Replaces this file with the one in another folder (a checked backup, closed) and opens it
     * again. A plain backup restored over encrypted data is encrypted with the same password.
     */
    public void replaceWith(Path otherFolder) {
        FileKey wanted = key;
        shutdown();
        try {
            replaceFile(otherFolder, folder);
        } catch (IOException e) {
            reconnect();
            throw new IllegalStateException("Không thay được tệp dữ liệu; dữ liệu vẫn như trước. " + e.getMessage(), e);
        }
        key = isEncrypted(folder) ? key : null;
        reconnect();
        if (wanted != null && key == null) {
            changePassword(wanted.password());
        }
    }

    /**
     * Moves the file of one folder over the file of another in one step: a crash leaves one or the
     * other. Tried again for a few seconds while Windows refuses because a scanner has it open.
     */
    static void replaceFile(Path fromFolder, Path toFolder) throws IOException {
        replaceFile(fromFolder, toFolder, RetryingMove.standard());
    }

    static void replaceFile(Path fromFolder, Path toFolder, RetryingMove moves) throws IOException {
        moves.move(fileIn(fromFolder), fileIn(toFolder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Opens another data folder (a backup being checked or previewed) with this file's password. */
    public Database openOther(Path otherFolder) {
        return Database.open(otherFolder, key == null ? null : key.password());
    }

    /** H2's consistent copy of the open file into a zip file (BACKUP TO), taken on this connection. */
    public void backupTo(Path zip) {
        backup(connection, zip);
    }

    static void backup(Connection connection, Path zip) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Không sao lưu được vào " + zip + ": " + e.getMessage(), e);
        }
    }

    /** What a data file holds, read without changing it: for checking a backup against its manifest. */
    public record Contents(Optional<String> schemaVersion, SortedMap<String, TableChecksum> tables) {
    }

    /**
     * Reads the schema version and every table's checksum of the file in a folder (an unpacked
     * backup) as it is: no migration, nothing written.
     *
     * @throws WrongPasswordException when the file is encrypted and the password is missing or wrong
     * @throws DataFileUnreadableException when H2 cannot open it
     */
    public static Contents inspect(Path folder, String password) {
        FileKey key = isEncrypted(folder) ? FileKey.of(password) : null;
        if (isEncrypted(folder) && key == null) {
            throw WrongPasswordException.missing();
        }
        Connection connection = connect(folder, key, ";ACCESS_MODE_DATA=r");
        try {
            return new Contents(SchemaVersions.applied(connection), TableChecksum.of(connection));
        } finally {
            closeQuietly(connection);
        }
    }

    /** The newest migration applied to this file. */
    public Optional<String> schemaVersion() {
        return SchemaVersions.applied(connection);
    }

    /** The number of rows and a checksum of every table, to compare a backup with the original. */
    public SortedMap<String, TableChecksum> checksums() {
        return TableChecksum.of(connection);
    }

    /**
     * Closes the file and rewrites it without the free space that bulk work leaves (a
     * 100,000-member demo shrinks from about 370 MB to 50 MB). The database is closed after.
     */
    public void compactAndClose() {
        shutdownCompact();
        closeQuietly(connection);
    }

    /** Compacted, then opened again: after work that rewrote much of the file. */
    void compactAndReopen() {
        compactAndClose();
        reconnect();
    }

    /** Closed and opened again: a new H2 session. */
    void reopen() {
        closeQuietly(connection);
        reconnect();
    }

    Path folder() {
        return folder;
    }

    Connection connection() {
        return connection;
    }

    /** For Flyway: its own data source would trim the password's final space that H2 needs with a cipher. */
    DataSource dataSource() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url(folder, key));
        source.setUser("sa");
        source.setPassword(FileKey.h2Password(key));
        return source;
    }

    @Override
    <T> T read(Function<DSLContext, T> work) {
        return work.apply(dsl);
    }

    @Override
    <T> T write(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    @Override
    void close() {
        closeQuietly(connection);
    }

    /**
     * No collation: H2 cannot reopen a collated file after a crash mid-transaction, so names are
     * ordered by keys the application writes (decision 0011). An embedded file database only: no
     * TCP server, no AUTO_SERVER, so no network port is opened. A page cache of 64 MB instead of
     * H2's 16 MB holds the indexes the register and the statistics read whole up to about 100,000
     * members; a smaller register never fills it (decision 0029).
     */
    static String url(Path folder, FileKey key) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_NAME) + ";CACHE_SIZE=" + PAGE_CACHE_KB
                + (key == null ? "" : ";CIPHER=AES");
    }

    private static Path fileIn(Path folder) {
        return folder.resolve(FILE_NAME + ".mv.db");
    }

    private void reconnect() {
        use(connect(folder, key));
    }

    private static Connection connect(Path folder, FileKey key) {
        return connect(folder, key, "");
    }

    private static Connection connect(Path folder, FileKey key, String options) {
        try {
            return DriverManager.getConnection(url(folder, key) + options, "sa", FileKey.h2Password(key));
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

    /**
     * Plain JDBC: jOOQ asks the statement for its update count after executing it, which fails
     * once H2 has shut the database down ("Database is already closed").
     */
    private void shutdownCompact() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new IllegalStateException("Không thu gọn được tệp dữ liệu: " + e.getMessage(), e);
            }
        }
    }

    /** Closes the file for good (other connections of this JVM included), so it can be rewritten or replaced. */
    private void shutdown() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED) {
                throw new IllegalStateException("Không đóng được tệp dữ liệu: " + e.getMessage(), e);
            }
        }
        closeQuietly(connection);
    }
}
