package vn.dangvu.logic.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.DataFileUnreadableException;
import vn.dangvu.logic.persistence.SchemaVersions;
import vn.dangvu.logic.persistence.TableChecksum;
import vn.dangvu.logic.persistence.WrongPasswordException;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;

/**
 * Checks a backup file on its own ({@code verify-backup}, decision 0026): unpacks it in a scratch
 * folder outside any data folder, checks its format version, reads the database without changing
 * it and compares every table's rows and checksum with the manifest, and every other file it
 * lists (the scanned papers) by size and SHA-256. Every problem is said in Vietnamese.
 */
public final class BackupVerifier {

    private BackupVerifier() {
    }

    /** A backup that checked out. */
    public record Verified(Path zip, Optional<BackupManifest> manifest, int tables, long rows, int files, String schema) {

        /** One line: "Bản sao lưu tốt: …". */
        public String summary() {
            String when = manifest.map(m -> ", lấy lúc " + DateFormats.format(m.takenAt())).orElse("");
            String checked = manifest.isEmpty()
                    ? NumberFormats.count(tables) + " bảng, " + NumberFormats.count(rows)
                            + " dòng đọc được (bản làm trước khi có bảng kê, không so được)"
                    : manifest.get().engine().equals("postgresql")
                    ? "bản pg_dump khớp bảng kê (" + NumberFormats.count(tables) + " bảng, " + NumberFormats.count(rows)
                            + " dòng đã được kiểm tra khi sao lưu)"
                    : NumberFormats.count(tables) + " bảng, " + NumberFormats.count(rows) + " dòng khớp với bảng kê";
            String papers = files == 0 ? "" : ", " + NumberFormats.count(files) + " tệp kèm theo khớp";
            return "Bản sao lưu tốt: " + zip.getFileName() + when + ", cấu trúc dữ liệu " + schema + "; " + checked
                    + papers + ".";
        }
    }

    /**
     * @param password      the password of an encrypted backup, or null
     * @param scratchParent where to unpack it (never a data folder)
     * @throws BackupFailed saying what is wrong: cut short or damaged, not ours, a wrong password,
     *                      made by a newer release, not matching its manifest
     */
    public static Verified verify(Path zip, String password, Path scratchParent) {
        if (!Files.isRegularFile(zip)) {
            throw new BackupFailed("Không có tệp " + zip + ".");
        }
        try (BackupArchive.Unpacked unpacked = BackupArchive.unpack(zip, scratchParent)) {
            Optional<BackupManifest> manifest = unpacked.manifest();
            if (manifest.isPresent()) {
                checkNotNewer(zip, manifest.get().format(), manifest.get().schemaVersion());
                checkFiles(zip, unpacked.folder(), manifest.get());
                if (manifest.get().engine().equals("postgresql")) {
                    return new Verified(zip, manifest, manifest.get().tables().size(), manifest.get().rows(),
                            manifest.get().files().size() - 1, manifest.get().schemaVersion());
                }
            }
            DataFile.Contents contents = read(zip, unpacked.folder(), password);
            String schema = contents.schemaVersion().orElse("?");
            checkNotNewer(zip, BackupManifest.FORMAT, schema);
            manifest.ifPresent(m -> checkTables(zip, contents.tables(), m.tables()));
            long rows = contents.tables().values().stream().mapToLong(TableChecksum::rows).sum();
            return new Verified(zip, manifest, contents.tables().size(), rows,
                    manifest.map(m -> m.files().size()).orElse(0), schema);
        }
    }

    private static DataFile.Contents read(Path zip, Path folder, String password) {
        try {
            return DataFile.inspect(folder, password);
        } catch (WrongPasswordException e) {
            throw new BackupFailed(password == null || password.isEmpty()
                    ? "Bản sao lưu " + zip.getFileName() + " có mật khẩu; hãy cho mật khẩu của nó."
                    : "Mật khẩu đã cho không mở được bản sao lưu " + zip.getFileName() + " (sai mật khẩu).", e);
        } catch (DataFileUnreadableException e) {
            throw new BackupFailed("Tệp dữ liệu trong bản sao lưu " + zip.getFileName() + " bị hỏng, không mở được.", e);
        }
    }

    private static void checkNotNewer(Path zip, int format, String schema) {
        if (format > BackupManifest.FORMAT || !schema.equals("?") && SchemaVersions.newerThanShipped(schema)) {
            throw new BackupFailed("Bản sao lưu " + zip.getFileName() + " do một phiên bản Đảng Vụ mới hơn tạo ra"
                    + " (định dạng " + format + ", cấu trúc dữ liệu " + schema + "; phiên bản này đọc đến định dạng "
                    + BackupManifest.FORMAT + ", cấu trúc " + SchemaVersions.shipped() + "). Hãy cập nhật Đảng Vụ rồi"
                    + " kiểm tra lại.");
        }
    }

    private static void checkTables(Path zip, SortedMap<String, TableChecksum> actual,
                                    SortedMap<String, TableChecksum> expected) {
        for (Map.Entry<String, TableChecksum> table : expected.entrySet()) {
            TableChecksum found = actual.get(table.getKey());
            if (found == null) {
                throw mismatch(zip, "thiếu bảng " + table.getKey());
            }
            if (found.rows() != table.getValue().rows()) {
                throw mismatch(zip, "bảng " + table.getKey() + " có " + NumberFormats.count(found.rows())
                        + " dòng, bảng kê ghi " + NumberFormats.count(table.getValue().rows()));
            }
            if (found.checksum() != table.getValue().checksum()) {
                throw mismatch(zip, "nội dung bảng " + table.getKey() + " đã bị thay đổi (tổng kiểm tra khác)");
            }
        }
        actual.keySet().stream().filter(t -> !expected.containsKey(t)).findFirst()
                .ifPresent(extra -> {
                    throw mismatch(zip, "có bảng " + extra + " không có trong bảng kê");
                });
    }

    private static void checkFiles(Path zip, Path folder, BackupManifest manifest) {
        for (Map.Entry<String, BackupManifest.FileDigest> file : manifest.files().entrySet()) {
            Path found = folder.resolve(file.getKey()).normalize();
            if (!found.startsWith(folder) || !Files.isRegularFile(found)) {
                throw mismatch(zip, "thiếu tệp " + file.getKey());
            }
            try {
                if (!BackupArchive.digest(found).equals(file.getValue())) {
                    throw mismatch(zip, "tệp " + file.getKey() + " đã bị thay đổi");
                }
            } catch (IOException e) {
                throw new BackupFailed("Không đọc được tệp " + file.getKey() + " trong bản sao lưu: " + e.getMessage(), e);
            }
        }
    }

    private static BackupFailed mismatch(Path zip, String what) {
        return new BackupFailed("Bản sao lưu " + zip.getFileName() + " không khớp với bảng kê của nó: " + what
                + ". Không nên dùng bản này để khôi phục.");
    }
}
