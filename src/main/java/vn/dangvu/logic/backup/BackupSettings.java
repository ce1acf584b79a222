package vn.dangvu.logic.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import vn.dangvu.logic.SettingsFile;

/**
 * The second backup folder (thư mục sao lưu thứ hai, usually a USB stick), kept in
 * sao-luu.properties in the data folder: outside the database, so a restore does not change it.
 */
final class BackupSettings {

    private static final String SECOND_FOLDER = "thu-muc-thu-hai";

    private final SettingsFile file;

    BackupSettings(Path dataFolder) {
        this.file = new SettingsFile(dataFolder, "sao-luu.properties", "cài đặt sao lưu");
    }

    Optional<Path> secondFolder() {
        String folder = file.load().getProperty(SECOND_FOLDER, "").strip();
        return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    void setSecondFolder(Path folder) {
        Properties properties = new Properties();
        properties.setProperty(SECOND_FOLDER, folder == null ? "" : folder.toAbsolutePath().toString());
        file.save(properties);
    }
}
