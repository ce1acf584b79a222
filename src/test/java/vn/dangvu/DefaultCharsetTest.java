package vn.dangvu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.SettingsFile;

/**
 * Runs in the suite and again in the build's run with the default charset of an English Windows
 * PC (pom: surefire execution "windows-1252-default", with the tests that write and read
 * Vietnamese text). Windows-1252 has no ă, đ, ơ or ư: a writer that falls back on the default
 * turns them into "?" and the round trips of those tests fail.
 */
class DefaultCharsetTest {

    /** Set by that execution only: without it the run would prove nothing. */
    private static final String EXPECTED = System.getProperty("dangvu.test.defaultCharset");

    @Test
    void theWindowsCharsetRunReallyRunsWithThatDefault() {
        assumeTrue(EXPECTED != null, "only in the windows-1252 run");
        assertEquals(EXPECTED, Charset.defaultCharset().name());
    }

    @Test
    void aSettingsFileIsUtf8OnDiskWhateverTheDefault(@TempDir Path folder) throws IOException {
        SettingsFile file = new SettingsFile(folder, "thu.properties", "cài đặt thử");
        Properties settings = new Properties();
        settings.setProperty("ten", "Đảng ủy xã Ơn Ưng, chi bộ Ấp Bắc");
        file.save(settings);

        String onDisk = new String(Files.readAllBytes(folder.resolve("thu.properties")), StandardCharsets.UTF_8);
        assertTrue(onDisk.contains("ten=Đảng ủy xã Ơn Ưng, chi bộ Ấp Bắc"), onDisk);
        assertEquals("Đảng ủy xã Ơn Ưng, chi bộ Ấp Bắc", file.load().getProperty("ten"));
    }
}
