package vn.dangvu.logic;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A settings file of this computer in the data folder (name=value lines, UTF-8): outside the
 * database, so it can be read before any database is open and a restore does not change it.
 */
public final class SettingsFile {

    private final Path file;
    /** What the settings are, for the messages and the file's first line ("cài đặt sao lưu"). */
    private final String what;

    public SettingsFile(Path dataFolder, String name, String what) {
        this.file = dataFolder.resolve(name);
        this.what = what;
    }

    /** The settings kept, none when the file is not there yet. */
    public Properties load() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return properties;
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được " + what + " " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    /** Replaces the file's settings with these. */
    public void save(Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(out, "Đảng Vụ: " + what);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Không lưu được " + what + " vào " + file + ": " + e.getMessage(), e);
        }
    }
}
