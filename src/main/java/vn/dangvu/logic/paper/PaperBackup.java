package vn.dangvu.logic.paper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.dangvu.logic.persistence.Database;

/**
 * The papers' part of a backup (decision 0022). Papers are not put in the zip: they are copied
 * into the folder ho-so/ beside it, each file once (files never change, so a file already there
 * with its size is the same file); the zip holds the list of files its records need
 * ({@value #MANIFEST}) and the key file wrapped by the password ({@value #KEY}). A daily backup
 * therefore copies and checks only the papers added since the last one, and a backup is the zip
 * and the ho-so/ folder beside it. Call from the task runner.
 */
public final class PaperBackup {

    /** The folder beside the zips that holds their papers. */
    public static final String FOLDER = "ho-so";
    public static final String MANIFEST = "ho-so/danh-sach.txt";
    public static final String KEY = "ho-so/" + PaperKeyFile.NAME;

    private final Database database;
    private final FolderPaperStore live;

    public PaperBackup(Database database, FolderPaperStore live) {
        this.database = database;
        this.live = live;
    }

    /**
     * What one backup copied.
     *
     * @param manifest    every paper file the records need, as now in the backup folder
     * @param copied      how many were new and copied (each read back and checked)
     * @param copiedBytes their size
     * @param lost        files the records name that the data folder itself no longer has
     */
    public record Copied(PaperManifest manifest, int copied, long copiedBytes, List<String> lost) {

        /** No files beside the zip: a server's backup, whose papers are in its dump. */
        public static final Copied NONE = new Copied(new PaperManifest(List.of()), 0, 0, List.of());
    }

    /**
     * Copies into {@code backupFolder}/ho-so the paper files the records need that are not there
     * yet, reads each copy back and checks it by its content; the others are checked by presence
     * and size.
     */
    public Copied copyInto(Path backupFolder) {
        Path target = backupFolder.resolve(FOLDER);
        Set<String> ids = database.read(r -> r.papers().contentIds());
        List<PaperManifest.Entry> entries = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        int copied = 0;
        long copiedBytes = 0;
        for (String id : ids) {
            String relative = live.relativePath(id);
            Path source = live.folder().resolve(relative);
            if (!Files.isRegularFile(source)) {
                lost.add(relative);
                continue;
            }
            long size = size(source);
            if (copyIfNew(source, target.resolve(relative), size)) {
                live.check(target.resolve(relative), id);
                copied++;
                copiedBytes += size;
            }
            entries.add(new PaperManifest.Entry(relative, size, id));
        }
        if (PaperKeyFile.existsIn(live.folder())) {
            copyAlways(live.folder().resolve(PaperKeyFile.NAME), target.resolve(PaperKeyFile.NAME));
        }
        return new Copied(new PaperManifest(entries), copied, copiedBytes, lost);
    }

    /** Copies the files of a backup's list from one backup folder's ho-so/ to another's (the second folder, a USB stick). */
    public void copyStore(PaperManifest manifest, Path fromFolder, Path toFolder) {
        Path from = fromFolder.resolve(FOLDER);
        Path to = toFolder.resolve(FOLDER);
        for (PaperManifest.Entry entry : manifest.entries()) {
            if (copyIfNew(from.resolve(entry.path()), to.resolve(entry.path()), entry.bytes())) {
                live.check(to.resolve(entry.path()), entry.contentId());
            }
        }
        if (Files.isRegularFile(from.resolve(PaperKeyFile.NAME))) {
            copyAlways(from.resolve(PaperKeyFile.NAME), to.resolve(PaperKeyFile.NAME));
        }
    }

    /** Puts the list of papers, and the key file when the papers are sealed, into the backup zip. */
    public void addTo(Path zip, PaperManifest manifest) {
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            Path folder = fs.getPath(FOLDER);
            Files.createDirectories(folder);
            Files.writeString(fs.getPath(MANIFEST), manifest.text(), StandardCharsets.UTF_8);
            if (PaperKeyFile.existsIn(live.folder())) {
                Files.copy(live.folder().resolve(PaperKeyFile.NAME), fs.getPath(KEY), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Không ghi được danh sách giấy tờ vào " + zip.getFileName() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Checks a backup's papers (for verify-backup and before a restore): every file of its list
     * is in the ho-so/ folder beside the zip with its size; {@code full} also reads each one and
     * checks its content (sealed files with the key the password opens).
     *
     * @param password the backup's password, or null for a plain backup; needed only when full
     */
    public static PaperCheck check(Path zip, String password, boolean full) {
        PaperManifest manifest = manifestOf(zip);
        Path store = zip.toAbsolutePath().getParent().resolve(FOLDER);
        Optional<PaperKey> key = full ? keyOf(zip, password) : Optional.empty();
        List<String> missing = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        for (PaperManifest.Entry entry : manifest.entries()) {
            Path file = store.resolve(entry.path());
            if (!Files.isRegularFile(file) || size(file) != entry.bytes()) {
                missing.add(entry.path());
            } else if (full) {
                try {
                    contentIdOf(file, key);
                } catch (DamagedPaperException e) {
                    damaged.add(entry.path());
                }
            }
        }
        return new PaperCheck(manifest.entries().size(), manifest.bytes(), missing, damaged);
    }

    /**
     * After the records were restored from the zip: puts into the data folder's store every paper
     * of the backup it does not hold (opened with the backup's key, sealed again with the data
     * folder's own). A paper missing beside the zip is counted, not fatal: the records come back.
     *
     * @return how many paper files could not be found beside the zip
     */
    public int restoreFrom(Path zip, String password) {
        PaperManifest manifest = manifestOf(zip);
        Path store = zip.toAbsolutePath().getParent().resolve(FOLDER);
        Optional<PaperKey> theirs = keyOf(zip, password);
        Optional<PaperKey> ours = live.key();
        boolean sameKey = theirs.isPresent() && ours.isPresent() && theirs.get().sameAs(ours.get());
        int missing = 0;
        for (PaperManifest.Entry entry : manifest.entries()) {
            Path file = store.resolve(entry.path());
            if (sameKey && Files.isRegularFile(live.folder().resolve(entry.path()))) {
                continue;
            }
            if (!Files.isRegularFile(file)) {
                missing++;
                continue;
            }
            byte[] plain = open(file, theirs);
            String id = ContentId.of(plain);
            if (!live.has(id)) {
                live.put(id, plain);
            }
        }
        return missing;
    }

    /**
     * A store over a backup's papers, to read them by content id (a merge of former units,
     * issue 17, reads the papers of another unit's backup through it).
     */
    public static PaperStore storeOf(Path zip, String password) {
        Path folder = zip.toAbsolutePath().getParent().resolve(FOLDER);
        Optional<PaperKey> key = keyOf(zip, password);
        return new PaperStore() {
            @Override
            public boolean put(String contentId, byte[] bytes) {
                throw new UnsupportedOperationException("a backup is read only");
            }

            @Override
            public byte[] read(String contentId) {
                Path file = folder.resolve(FolderPaperStore.relative(contentId, key.orElse(null)));
                if (key.isPresent() && !Files.isRegularFile(file)) {
                    file = folder.resolve(FolderPaperStore.relative(contentId, null));
                }
                byte[] plain = open(file, key);
                if (!ContentId.of(plain).equals(contentId)) {
                    throw new DamagedPaperException(file.getFileName().toString());
                }
                return plain;
            }

            @Override
            public boolean has(String contentId) {
                return Files.isRegularFile(folder.resolve(FolderPaperStore.relative(contentId, key.orElse(null))))
                        || Files.isRegularFile(folder.resolve(FolderPaperStore.relative(contentId, null)));
            }
        };
    }

    /**
     * Deletes from a backup folder's ho-so/ the files that none of the backups kept there names
     * (their backups were rotated out). A zip without a list (older than papers) names none.
     */
    public static int collectGarbage(Path backupFolder, List<Path> keptZips) {
        Path store = backupFolder.resolve(FOLDER);
        if (!Files.isDirectory(store)) {
            return 0;
        }
        Set<String> named = new HashSet<>();
        for (Path zip : keptZips) {
            manifestOf(zip).entries().forEach(e -> named.add(e.path()));
        }
        int deleted = 0;
        for (String relative : new FolderPaperStore(store, () -> null).files()) {
            if (!named.contains(relative)) {
                try {
                    Files.deleteIfExists(store.resolve(relative));
                    deleted++;
                } catch (IOException ignored) {
                    // tried again after the next backup
                }
            }
        }
        return deleted;
    }

    /** The list of a backup's papers; empty for a backup taken before papers existed. */
    public static PaperManifest manifestOf(Path zip) {
        return entryOf(zip, MANIFEST).map(bytes -> {
            try {
                return PaperManifest.parse(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Danh sách giấy tờ trong " + zip.getFileName() + " bị hỏng: "
                        + e.getMessage(), e);
            }
        }).orElse(new PaperManifest(List.of()));
    }

    private static Optional<PaperKey> keyOf(Path zip, String password) {
        Optional<byte[]> keyFile = entryOf(zip, KEY);
        if (keyFile.isEmpty()) {
            return Optional.empty();
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalStateException("Giấy tờ trong bản sao lưu " + zip.getFileName() + " được mã hóa; cần mật khẩu"
                    + " của bản sao lưu.");
        }
        try {
            Path scratch = Files.createTempDirectory("dangvu-khoa-");
            try {
                Files.write(scratch.resolve(PaperKeyFile.NAME), keyFile.get());
                return PaperKeyFile.open(scratch, password);
            } finally {
                Files.deleteIfExists(scratch.resolve(PaperKeyFile.NAME));
                Files.deleteIfExists(scratch);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được khóa giấy tờ của " + zip.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<byte[]> entryOf(Path zip, String name) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được " + zip.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A backup's file opened: plain as it is, sealed with the key; either way checked against its name. */
    private static byte[] open(Path file, Optional<PaperKey> key) {
        String name = file.getFileName().toString();
        byte[] bytes = FolderPaperStore.readFile(file, name);
        if (ContentId.of(bytes).equals(name)) {
            return bytes;
        }
        byte[] plain = key.orElseThrow(() -> new DamagedPaperException(name)).open(name, bytes);
        if (!key.get().storedName(ContentId.of(plain)).equals(name)) {
            throw new DamagedPaperException(name);
        }
        return plain;
    }

    private static String contentIdOf(Path file, Optional<PaperKey> key) {
        return ContentId.of(open(file, key));
    }

    /** Copies when the target is missing or of another size (a copy cut short); true when it copied. */
    private static boolean copyIfNew(Path source, Path target, long size) {
        if (Files.isRegularFile(target) && size(target) == size) {
            return false;
        }
        copyAlways(source, target);
        return true;
    }

    private static void copyAlways(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path pending = target.resolveSibling(target.getFileName() + ".dang-ghi");
            Files.copy(source, pending, StandardCopyOption.REPLACE_EXISTING);
            Files.move(pending, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Không chép được giấy tờ " + source.getFileName() + " sang " + target.getParent()
                    + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
