package vn.dangvu.logic;

import java.nio.file.Path;

/** Where a user's data lives: %LOCALAPPDATA%\DangVu on Windows, ~/.local/share/dangvu elsewhere. */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path resolve(String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String localAppData = System.getenv("LOCALAPPDATA");
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        if (windows && localAppData != null) {
            return Path.of(localAppData, "DangVu");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "dangvu");
    }
}
