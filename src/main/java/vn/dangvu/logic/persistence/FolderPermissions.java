package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The data folder is readable by its user only (rwx------) where the file system has POSIX
 * permissions. On Windows the default folder, %LOCALAPPDATA%\DangVu, is already private to the
 * user; a folder chosen with --data keeps the permissions its parent gives it.
 */
final class FolderPermissions {

    private FolderPermissions() {
    }

    static void createPrivate(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Không tạo được thư mục dữ liệu " + folder + ": " + e.getMessage(), e);
        }
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) == null) {
            return;
        }
        try {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException | SecurityException e) {
            // Best effort: a folder of another user (chosen with --data) stays as it is, and still opens.
        }
    }
}
