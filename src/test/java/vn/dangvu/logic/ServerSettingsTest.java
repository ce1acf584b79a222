package vn.dangvu.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.persistence.ServerAddress;

/** Which server a start uses: the command line's, else this computer's setting, else the data file. */
class ServerSettingsTest {

    private static final String URL = "jdbc:postgresql://may-chu/dangvu";

    @TempDir
    Path folder;

    @Test
    void withoutASettingOrAnOptionTheDataFileOnThisComputerIsUsed() {
        assertEquals(Optional.empty(), ServerSettings.choose(folder, null, null, null, Map.of()));
    }

    @Test
    void theSettingOfThisComputerIsUsedAtTheNextStartWithoutItsPasswordWhereNoneCanBeSealed() throws Exception {
        new ServerSettings(folder, PasswordProtection.NONE).save(new ServerAddress(URL, "thuky", "mật khẩu"));

        assertEquals(Optional.of(new ServerAddress(URL, "thuky", "")),
                new ServerSettings(folder, PasswordProtection.NONE).choose(null, null, null, Map.of()));
        assertEquals(Optional.of(new ServerAddress(URL, "thuky", "từ môi trường")),
                new ServerSettings(folder, PasswordProtection.NONE).choose(null, null, null,
                        Map.of(ServerSettings.PASSWORD_ENV, "từ môi trường")));
        assertFalse(settingsText().contains("mật khẩu"), settingsText());
    }

    @Test
    void aSealedPasswordOpensForTheSameUserOnlyAndIsNeverWrittenAsItIs() throws Exception {
        new ServerSettings(folder, new SealedFor("thuky")).save(new ServerAddress(URL, "thuky", "mật khẩu"));

        assertFalse(settingsText().contains("mật khẩu"), settingsText());
        assertTrue(settingsText().contains("mat-khau-da-khoa="), settingsText());
        assertEquals(Optional.of(new ServerAddress(URL, "thuky", "mật khẩu")),
                new ServerSettings(folder, new SealedFor("thuky")).load());
        assertEquals(Optional.of(new ServerAddress(URL, "thuky", "")),
                new ServerSettings(folder, new SealedFor("nguoi-khac")).load(), "the file copied to another user");
    }

    @Test
    void aPasswordInPlainTextFromAnOlderReleaseIsUsedOnceAndRewrittenSealed() throws Exception {
        Files.writeString(folder.resolve("may-chu.properties"), "dia-chi=" + URL + "\nten-dang-nhap=thuky\n"
                + "mat-khau=cu\n", StandardCharsets.UTF_8);

        assertEquals(Optional.of(new ServerAddress(URL, "thuky", "cu")),
                new ServerSettings(folder, new SealedFor("thuky")).load());

        assertFalse(settingsText().contains("mat-khau=cu"), settingsText());
        assertEquals(Optional.of(new ServerAddress(URL, "thuky", "cu")),
                new ServerSettings(folder, new SealedFor("thuky")).load());
    }

    private String settingsText() throws Exception {
        return Files.readString(folder.resolve("may-chu.properties"), StandardCharsets.UTF_8);
    }

    /**
     * Stands in for DPAPI, which only Windows has: sealed for one user (the text is scrambled with
     * the user's name), opened by that user only.
     */
    private record SealedFor(String user) implements PasswordProtection {

        @Override
        public Optional<String> protect(String password) {
            return Optional.of(Base64.getEncoder().encodeToString(scramble((user + "|" + password)
                    .getBytes(StandardCharsets.UTF_8))));
        }

        @Override
        public Optional<String> reveal(String kept) {
            String opened = new String(scramble(Base64.getDecoder().decode(kept)), StandardCharsets.UTF_8);
            return opened.startsWith(user + "|") ? Optional.of(opened.substring(user.length() + 1)) : Optional.empty();
        }

        private static byte[] scramble(byte[] bytes) {
            byte[] out = bytes.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] ^= (byte) (0x5a + i);
            }
            return out;
        }
    }

    @Test
    void theCommandLineWinsOverTheSettingAndThePasswordMayComeFromTheEnvironment() {
        new ServerSettings(folder, PasswordProtection.NONE).save(new ServerAddress(URL, "thuky", "mật khẩu"));

        assertEquals(Optional.of(new ServerAddress("jdbc:postgresql://khac/dv", "admin", "bí mật")),
                ServerSettings.choose(folder, "jdbc:postgresql://khac/dv", "admin", null,
                        Map.of(ServerSettings.PASSWORD_ENV, "bí mật")));
        assertEquals(Optional.of(new ServerAddress("jdbc:postgresql://khac/dv", "admin", "dòng lệnh")),
                ServerSettings.choose(folder, "jdbc:postgresql://khac/dv", "admin", "dòng lệnh",
                        Map.of(ServerSettings.PASSWORD_ENV, "bí mật")));
    }

    @Test
    void savingNoServerGoesBackToTheDataFile() {
        new ServerSettings(folder).save(new ServerAddress(URL, "thuky", ""));
        new ServerSettings(folder).save(null);

        assertEquals(Optional.empty(), new ServerSettings(folder).load());
    }
}
