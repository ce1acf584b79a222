package vn.dangvu.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
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
    void theSettingOfThisComputerIsUsedAtTheNextStart() {
        new ServerSettings(folder).save(new ServerAddress(URL, "thuky", "mật khẩu"));

        assertEquals(Optional.of(new ServerAddress(URL, "thuky", "mật khẩu")),
                ServerSettings.choose(folder, null, null, null, Map.of()));
    }

    @Test
    void theCommandLineWinsOverTheSettingAndThePasswordMayComeFromTheEnvironment() {
        new ServerSettings(folder).save(new ServerAddress(URL, "thuky", "mật khẩu"));

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
