package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Databases created before decision 0011 carry H2's Vietnamese collation, with which H2 cannot
 * open a file again after a crash in the middle of a transaction. H2 cannot drop the collation of
 * a database that has tables, so the database is copied, statement by statement, into a new file
 * without it, the copy is checked table by table, and only then put in place of the old file
 * (one atomic move: a crash before it leaves the old file, which is copied again at the next start).
 */
final class LegacyCollation {

    /** Where the copy is built, inside the data folder (same disk, so the final move is atomic). */
    static final String WORK_FOLDER = "dang-doi-cau-truc";
    /** SCRIPT writes up to a few hundred rows per INSERT statement. */
    private static final int COMMIT_EVERY = 50;

    private LegacyCollation() {
    }

    /**
     * Whether the open database has a collation of its own; if so, replaces it as described
     * above (after a backup in sao-luu/) and returns a connection to the new file, else returns
     * {@code connection} itself.
     */
    static Connection removeIfSet(Path folder, FileKey key, Connection connection) {
        try {
            if (!hasCollation(connection)) {
                return connection;
            }
            BackupBeforeMigration.take(folder, connection, "truoc-doi-cau-truc-");
            Path work = folder.resolve(WORK_FOLDER);
            deleteFolder(work);
            FolderPermissions.createPrivate(work);
            String password = FileKey.h2Password(key);
            copyWithoutCollation(connection, DataFile.url(work, key), password);
            shutdown(connection);
            DataFile.replaceFile(work, folder);
            deleteFolder(work);
            return DriverManager.getConnection(DataFile.url(folder, key), "sa", password);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Không chuyển được dữ liệu sang cấu trúc mới trong " + folder
                    + " (bản sao lưu trước khi chuyển nằm trong thư mục " + DataFile.BACKUP_FOLDER + "): "
                    + e.getMessage(), e);
        }
    }

    private static boolean hasCollation(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME = 'COLLATION'")) {
            return rs.next() && rs.getString(1) != null && !rs.getString(1).isBlank()
                    && !"OFF".equalsIgnoreCase(rs.getString(1));
        }
    }

    /** H2's SCRIPT, minus its SET COLLATION line, run into a new database; then both compared. */
    private static void copyWithoutCollation(Connection from, String workUrl, String password) throws SQLException {
        try (Connection to = DriverManager.getConnection(workUrl, "sa", password)) {
            to.setAutoCommit(false);
            try (Statement read = from.createStatement(); Statement write = to.createStatement();
                 ResultSet script = read.executeQuery("SCRIPT")) {
                int statements = 0;
                while (script.next()) {
                    String sql = script.getString(1);
                    if (!sql.startsWith("SET COLLATION ") && !sql.startsWith("--")) {
                        write.execute(sql);
                        if (++statements % COMMIT_EVERY == 0) {
                            to.commit(); // the copy is thrown away on any failure; small commits keep memory low
                        }
                    }
                }
            }
            to.commit();
            SortedMap<String, TableChecksum> before = TableChecksum.of(from);
            SortedMap<String, TableChecksum> after = TableChecksum.of(to);
            if (!before.equals(after)) {
                throw new SQLException("bản chép không khớp với dữ liệu gốc");
            }
            try (Statement statement = to.createStatement()) {
                statement.execute("SHUTDOWN COMPACT"); // bulk writing leaves the file several times its size
            }
        }
    }

    private static void shutdown(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        connection.close();
    }

    static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
