package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An upgrade of the H2 file cut off in the middle (a crash, a kill, a power cut): H2 commits each
 * DDL statement by itself, so a migration cut short leaves half a schema that Flyway then refuses.
 * Once the backup before the upgrade is whole, a note names it ({@value #NOTE}); the note is
 * removed when the upgrade has finished. A start that finds the note puts that backup's file back
 * in one atomic move, and the upgrade runs again (issue 21).
 */
final class UnfinishedUpgrade {

    static final String NOTE = "dang-cap-nhat.txt";
    /** Where the backup's file is unpacked, inside the data folder (same disk: the move is atomic). */
    private static final String WORK_FOLDER = "dang-phuc-hoi";

    private UnfinishedUpgrade() {
    }

    /** Written before the first migration, after the backup {@code zip} is complete. */
    static void begin(Path folder, Path zip) {
        try {
            Path pending = folder.resolve(NOTE + ".dang-ghi");
            Files.writeString(pending, zip.getFileName().toString(), StandardCharsets.UTF_8);
            Files.move(pending, folder.resolve(NOTE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Không ghi được ghi chú cập nhật trong " + folder + ": " + e.getMessage(), e);
        }
    }

    static void finish(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(NOTE));
        } catch (IOException e) {
            throw new IllegalStateException("Không xóa được ghi chú cập nhật trong " + folder + ": " + e.getMessage(), e);
        }
    }

    /** If an upgrade never finished, puts the file back as it was before it; the upgrade then runs again. */
    static void undoIfAny(Path folder) {
        Path note = folder.resolve(NOTE);
        if (!Files.exists(note)) {
            return;
        }
        Path work = folder.resolve(WORK_FOLDER);
        try {
            Path zip = folder.resolve(DataFile.BACKUP_FOLDER).resolve(Files.readString(note, StandardCharsets.UTF_8).strip());
            LegacyCollation.deleteFolder(work);
            FolderPermissions.createPrivate(work);
            unpackDataFile(zip, work);
            DataFile.replaceFile(work, folder);
            LegacyCollation.deleteFolder(work);
            Files.delete(note);
        } catch (IOException e) {
            throw new IllegalStateException("Lần cập nhật trước của dữ liệu trong " + folder + " bị ngắt giữa chừng và"
                    + " không lấy lại được bản sao lưu trước khi cập nhật (" + e.getMessage() + "). Hãy khôi phục"
                    + " một bản sao lưu trong thư mục " + DataFile.BACKUP_FOLDER + ".", e);
        }
    }

    private static void unpackDataFile(Path zip, Path work) throws IOException {
        String name = DataFile.FILE_NAME + ".mv.db";
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    copy(in, work.resolve(name));
                    return;
                }
            }
        }
        throw new IOException(zip.getFileName() + " không có tệp " + name);
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
