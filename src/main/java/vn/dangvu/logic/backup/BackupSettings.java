package vn.dangvu.logic.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The second backup folder (thư mục sao lưu thứ hai, usually a USB stick), kept in
 * sao-luu.properties in the data folder: outside the database, so a restore does not change it.
 */
final class BackupSettings {

    private static final String FILE = "sao-luu.properties";
    private static final String SECOND_FOLDER = "thu-muc-thu-hai";

    private final Path file;

    BackupSettings(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    Optional<Path> secondFolder() {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new BackupFailed("Không đọc được " + file + ": " + e.getMessage(), e);
        }
        String folder = properties.getProperty(SECOND_FOLDER, "").strip();
        return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    void setSecondFolder(Path folder) {
        Properties properties = new Properties();
        properties.setProperty(SECOND_FOLDER, folder == null ? "" : folder.toAbsolutePath().toString());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "Đảng Vụ: thư mục sao lưu thứ hai");
        } catch (IOException e) {
            throw new BackupFailed("Không lưu được cài đặt sao lưu vào " + file + ": " + e.getMessage(), e);
        }
    }
}
