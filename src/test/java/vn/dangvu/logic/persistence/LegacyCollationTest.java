package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.RegisterEntry;

/**
 * A data folder made before decision 0011 (H2's Vietnamese collation in the file) is carried over
 * to a file without it on the first start of this version, with nothing lost and the register
 * still in Vietnamese order.
 */
class LegacyCollationTest {

    @TempDir
    Path folder;

    @Test
    void anOldCollatedDatabaseOpensWithoutItsCollationAndKeepsEveryRowAndTheNameOrder() throws Exception {
        oldDatabase(folder, null);

        try (Database database = Database.open(folder)) {
            List<RegisterEntry> firstPage = database.read(r -> r.register().inNameOrder(0, 10));
            assertEquals(List.of("Lê Văn Dũng", "Phạm Thị Dương", "Trần Văn Đạt", "Hoàng Thị Hà", "Nguyễn Văn Hòa",
                            "Bùi Thị Ánh Tuyết"),
                    firstPage.stream().map(e -> e.name().full()).toList());
        }
        try (Connection plain = DriverManager.getConnection(DataFile.url(folder, null), "sa", "")) {
            assertEquals(null, setting(plain, "COLLATION"));
            assertEquals(6, count(plain, "SELECT COUNT(*) FROM member"));
            assertEquals(0, count(plain, "SELECT COUNT(*) FROM member WHERE name_sort_key IS NULL"));
        }
        assertFalse(Files.exists(folder.resolve(LegacyCollation.WORK_FOLDER)), "the work folder is left behind");
        assertTrue(backups().anyMatch(name -> name.startsWith("truoc-doi-cau-truc-")),
                "no backup of the collated file was kept");
    }

    @Test
    void anEncryptedOldDatabaseStaysEncryptedWithTheSamePassword() throws Exception {
        oldDatabase(folder, "mật khẩu");

        try (Database database = Database.open(folder, "mật khẩu")) {
            assertEquals(6, new RegisterService(database).loadRegister().size());
        }
        assertTrue(DataFile.isEncrypted(folder));
        assertFalse(EncryptionTest.contains(folder.resolve("dangvu.mv.db"), "Tuyết"));
    }

    /** Schema as of V13 in a database with the collation, six people in insertion order. */
    private static void oldDatabase(Path folder, String password) throws SQLException {
        FileKey key = FileKey.of(password);
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve(DataFile.FILE_NAME) + ";COLLATION=DEFAULT_VI"
                + (key == null ? "" : ";CIPHER=AES");
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPassword(FileKey.h2Password(key));
        Flyway.configure().dataSource(source).locations("classpath:db/migration/common", "classpath:db/migration/h2").target("13").load().migrate();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            int id = 1;
            for (String[] name : new String[][] {{"Nguyễn", "Văn", "Hòa"}, {"Trần", "Văn", "Đạt"},
                    {"Bùi", "Thị Ánh", "Tuyết"}, {"Lê", "Văn", "Dũng"}, {"Hoàng", "Thị", "Hà"},
                    {"Phạm", "Thị", "Dương"}}) {
                s.execute("INSERT INTO member(id, family_name, middle_name, given_name, sex, birth_date) VALUES ("
                        + id++ + ", '" + name[0] + "', '" + name[1] + "', '" + name[2] + "', 'M', DATE '1980-01-01')");
            }
            assertEquals("DEFAULT_VI STRENGTH TERTIARY", setting(c, "COLLATION"));
        }
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                     + name + "'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Stream<String> backups() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(DataFile.BACKUP_FOLDER))) {
            return files.map(p -> p.getFileName().toString()).toList().stream();
        }
    }
}
