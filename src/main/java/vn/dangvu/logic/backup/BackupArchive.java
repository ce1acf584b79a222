package vn.dangvu.logic.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.dangvu.logic.persistence.DataFile;

/**
 * The zip of a backup: the database file (H2's BACKUP TO, or a pg_dump), its manifest and the
 * files of its parts. Unpacks one into a scratch folder (also to check another office's backup
 * before merging it, issue 17) and adds the manifest and parts to a new one.
 */
public final class BackupArchive {

    /** The H2 file inside an H2 backup. */
    public static final String DATA_FILE = DataFile.FILE_NAME + ".mv.db";
    /** The pg_dump (custom format) inside a backup of a PostgreSQL server. */
    public static final String SERVER_DUMP = "dangvu.dump";

    private BackupArchive() {
    }

    /** A backup unpacked in a scratch folder, deleted on close. */
    public record Unpacked(Path folder, Optional<BackupManifest> manifest) implements AutoCloseable {

        public Path dataFile() {
            return folder.resolve(DATA_FILE);
        }

        @Override
        public void close() {
            deleteTree(folder);
        }
    }

    /**
     * Unpacks every entry of a backup into a new folder inside {@code scratchParent}.
     *
     * @throws BackupFailed when the zip is cut short or damaged, holds no database, or a manifest
     *                      that cannot be read
     */
    public static Unpacked unpack(Path zip, Path scratchParent) {
        Path scratch;
        try {
            Files.createDirectories(scratchParent);
            scratch = Files.createTempDirectory(scratchParent, ".kiem-tra-");
        } catch (IOException e) {
            throw new BackupFailed("Không tạo được thư mục tạm để kiểm tra bản sao lưu: " + e.getMessage(), e);
        }
        try {
            boolean database = false;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    Path target = scratch.resolve(entry.getName()).normalize();
                    if (!target.startsWith(scratch) || entry.isDirectory()) {
                        continue; // a name that leaves the folder is not ours
                    }
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                    database |= entry.getName().equals(DATA_FILE) || entry.getName().equals(SERVER_DUMP);
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new BackupFailed("Tệp " + zip.getFileName() + " bị cắt cụt hoặc hỏng, không giải nén được ("
                        + e.getMessage() + ").", e);
            }
            if (!database) {
                throw new BackupFailed("Tệp " + zip.getFileName() + " không phải bản sao lưu của Đảng Vụ"
                        + " (không có tệp dữ liệu " + DATA_FILE + " bên trong).");
            }
            return new Unpacked(scratch, manifest(zip, scratch.resolve(BackupManifest.NAME)));
        } catch (RuntimeException e) {
            deleteTree(scratch);
            throw e;
        }
    }

    private static Optional<BackupManifest> manifest(Path zip, Path file) {
        if (!Files.exists(file)) {
            return Optional.empty(); // a backup made before manifests (decision 0026)
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(BackupManifest.read(in));
        } catch (IOException | RuntimeException e) {
            throw new BackupFailed("Bảng kê trong " + zip.getFileName() + " bị hỏng (" + e.getMessage() + ").", e);
        }
    }

    /** Adds the manifest and the parts' files to a zip (entries already in it are kept as they are). */
    static void complete(Path zip, BackupManifest manifest, Map<String, Path> files) throws IOException {
        try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            for (Map.Entry<String, Path> file : files.entrySet()) {
                Path target = archive.getPath(file.getKey());
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                Files.copy(file.getValue(), target);
            }
            try (OutputStream out = Files.newOutputStream(archive.getPath(BackupManifest.NAME))) {
                manifest.write(out);
            }
        }
    }

    /** The size and SHA-256 of a file. */
    static BackupManifest.FileDigest digest(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            long bytes = in.transferTo(OutputStream.nullOutputStream());
            return new BackupManifest.FileDigest(bytes, HexFormat.of().formatHex(sha.digest()));
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a leftover scratch file is harmless
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }
}
