package vn.dangvu.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding soffice on a Windows PC (registry, Program Files) and elsewhere (PATH), with a stand-in registry. */
class LibreOfficeLocatorTest {

    private static final String HKLM = "HKLM\\SOFTWARE\\LibreOffice\\UNO\\InstallPath";
    private static final String WOW = "HKLM\\SOFTWARE\\WOW6432Node\\LibreOffice\\UNO\\InstallPath";
    private static final String HKCU = "HKCU\\SOFTWARE\\LibreOffice\\UNO\\InstallPath";

    private final Map<String, String> registry = new HashMap<>();
    private final List<String> asked = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();

    private Optional<Path> find(boolean windows, Path... executables) {
        Set<Path> installed = Set.of(executables);
        LibreOfficeLocator locator = new LibreOfficeLocator(key -> {
            asked.add(key);
            return Optional.ofNullable(registry.get(key));
        }, environment, installed::contains, windows);
        return locator.find();
    }

    @Test
    void onWindowsTheRegistryOfA64BitInstallWinsOverProgramFiles() {
        registry.put(HKLM, "D:\\Ứng dụng\\LibreOffice\\program");
        environment.put("ProgramFiles", "C:\\Program Files");
        Path fromRegistry = Path.of("D:\\Ứng dụng\\LibreOffice\\program", "soffice.exe");

        assertEquals(Optional.of(fromRegistry), find(true, fromRegistry,
                Path.of("C:\\Program Files", "LibreOffice", "program", "soffice.exe")));
        assertEquals(LibreOfficeLocator.KEYS, asked);
    }

    @Test
    void a32BitInstallIsFoundUnderWow6432Node() {
        registry.put(WOW, "C:\\Program Files (x86)\\LibreOffice\\program");
        Path soffice = Path.of("C:\\Program Files (x86)\\LibreOffice\\program", "soffice.exe");

        assertEquals(Optional.of(soffice), find(true, soffice));
    }

    @Test
    void aPerUserInstallIsFoundUnderTheCurrentUsersKey() {
        registry.put(HKCU, "C:\\Users\\Nguyễn Văn Đức\\AppData\\Local\\Programs\\LibreOffice\\program");
        Path soffice = Path.of("C:\\Users\\Nguyễn Văn Đức\\AppData\\Local\\Programs\\LibreOffice\\program",
                "soffice.exe");

        assertEquals(Optional.of(soffice), find(true, soffice));
    }

    @Test
    void aRegistryEntryLeftBehindByAnUninstallFallsBackToProgramFiles() {
        registry.put(HKLM, "C:\\Program Files\\LibreOffice 6\\program");
        environment.put("ProgramFiles", "C:\\Program Files");
        Path programFiles = Path.of("C:\\Program Files", "LibreOffice", "program", "soffice.exe");

        assertEquals(Optional.of(programFiles), find(true, programFiles));
    }

    @Test
    void withoutLibreOfficeNothingIsFound() {
        environment.put("ProgramFiles", "C:\\Program Files");
        environment.put("PATH", "C:\\Windows\\system32;C:\\Windows");

        assertEquals(Optional.empty(), find(true));
    }

    @Test
    void elsewhereTheRegistryIsNotAskedAndThePathIsSearched() {
        environment.put("PATH", "/usr/local/bin:/usr/bin");
        Path soffice = Path.of("/usr/bin/soffice");

        assertEquals(Optional.of(soffice), find(false, soffice));
        assertEquals(List.of(), asked);
    }

    @Test
    void theDefaultValueIsReadFromRegQueryWhateverTheWindowsLanguageCallsIt() {
        String english = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\LibreOffice\\UNO\\InstallPath\r\n"
                + "    (Default)    REG_SZ    C:\\Program Files\\LibreOffice\\program\r\n\r\n";
        String vietnamese = "\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\LibreOffice\\UNO\\InstallPath\r\n"
                + "    (Mặc định)    REG_EXPAND_SZ    C:\\Program Files\\LibreOffice\\program\r\n";

        assertEquals(Optional.of("C:\\Program Files\\LibreOffice\\program"), LibreOfficeLocator.RegExe.parse(english));
        assertEquals(Optional.of("C:\\Program Files\\LibreOffice\\program"),
                LibreOfficeLocator.RegExe.parse(vietnamese));
        assertEquals(Optional.empty(), LibreOfficeLocator.RegExe.parse(
                "ERROR: The system was unable to find the specified registry key or value.\r\n"));
    }
}
