package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.register.RegisterService;

/** The password (mật khẩu) that encrypts the data file, the private data folder, no network port. */
public class EncryptionTest {

    @TempDir
    Path folder;

    @Test
    void settingAPasswordEncryptsTheFileSoNoNameCanBeReadFromItAndOnlyThePasswordOpensIt() throws IOException {
        String name;
        try (Database database = Database.open(folder)) {
            new DemoService(database).fill(30);
            // member names are stored in parts (họ, tên đệm, tên): the committee's name is one value
            name = new vn.dangvu.logic.CommitteeService(database).find().orElseThrow().name();
        }
        assertTrue(contains(folder.resolve("dangvu.mv.db"), name), "the plain file shows " + name);
        String given;
        try (Database database = Database.open(folder)) {
            given = new RegisterService(database).loadRegister().get(0).name().given();
        }
        assertTrue(contains(folder.resolve("dangvu.mv.db"), given), "the plain file shows " + given);

        try (Database database = Database.open(folder)) {
            database.file().orElseThrow().changePassword("mật khẩu có dấu cách");
            assertEquals(30, new RegisterService(database).loadRegister().size());
            assertTrue(database.file().orElseThrow().encrypted());
        }

        assertTrue(DataFile.isEncrypted(folder));
        assertFalse(contains(folder.resolve("dangvu.mv.db"), name), "the encrypted file shows " + name);
        assertFalse(contains(folder.resolve("dangvu.mv.db"), given), "the encrypted file shows " + given);
        WrongPasswordException missing = assertThrows(WrongPasswordException.class, () -> Database.open(folder));
        assertTrue(missing.isMissing());
        WrongPasswordException wrong = assertThrows(WrongPasswordException.class,
                () -> Database.open(folder, "mật khẩu sai"));
        assertEquals("Mật khẩu không đúng.", wrong.getMessage());
        try (Database database = Database.open(folder, "mật khẩu có dấu cách")) {
            assertEquals(30, new RegisterService(database).loadRegister().size());
        }
    }

    @Test
    void changingThePasswordLocksOutTheOldOne() {
        try (Database database = Database.open(folder, "cũ")) {
            new DemoService(database).fill(5);
            database.file().orElseThrow().changePassword("mới");
            assertEquals(5, new RegisterService(database).loadRegister().size());
        }
        assertThrows(WrongPasswordException.class, () -> Database.open(folder, "cũ"));
        try (Database database = Database.open(folder, "mới")) {
            assertEquals(5, new RegisterService(database).loadRegister().size());
        }
    }

    @Test
    void theDataFolderIsReadableByItsUserOnly() throws IOException {
        Path data = folder.resolve("dữ liệu");
        Database.open(data).close();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }

    @Test
    void theDatabaseIsAnEmbeddedFileWithNoServerAndNoNetworkPort() {
        for (String url : new String[] {DataFile.url(folder, null), DataFile.url(folder, FileKey.of("x"))}) {
            assertTrue(url.startsWith("jdbc:h2:file:"), url);
            String upper = url.toUpperCase(java.util.Locale.ROOT);
            assertFalse(upper.contains("AUTO_SERVER") || upper.contains("TCP") || upper.contains("SERVER"), url);
        }
    }

    /** Whether the file holds the text as UTF-8 or as H2's MVStore writes strings (UTF-8 without continuation bits). */
    public static boolean contains(Path file, String text) throws IOException {
        byte[] content = Files.readAllBytes(file);
        return contains(content, text.getBytes(StandardCharsets.UTF_8)) || contains(content, mvStoreBytes(text));
    }

    private static byte[] mvStoreBytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c < 0x800) {
                out.write(0xc0 | c >> 6);
                out.write(c & 0x3f);
            } else {
                out.write(0xe0 | c >> 12);
                out.write(c >> 6 & 0x3f);
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= content.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
