package vn.dangvu.logic.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.NotOnServerException;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.TableChecksum;
import vn.dangvu.logic.persistence.WrongPasswordException;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;

/**
 * Verified backups (sao lưu): H2's consistent copy of the database into
 * sao-luu/dangvu-yyyy-MM-dd-HHmmss.zip, restored into a scratch folder and compared table by
 * table (row count and checksum) with the database before it is kept; the last 30 kept, and
 * the same in a second folder the clerk chooses. Only verified backups carry that name, so the
 * newest one is the last verified backup. Call from the task runner (the database's thread).
 */
public final class BackupService {

    public static final int KEEP = 30;
    /** Automatic backups: one a day, and on close. */
    public static final Duration DAILY = Duration.ofDays(1);
    /** Older than this, the status bar warns. */
    public static final Duration STALE = Duration.ofDays(7);

    private static final String PREFIX = "dangvu-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Database database;
    private final Path dataFolder;
    private final Supplier<LocalDateTime> clock;
    private final BackupSettings settings;
    private final List<BackupPart> parts;

    public BackupService(Database database) {
        this(database, LocalDateTime::now);
    }

    public BackupService(Database database, Supplier<LocalDateTime> clock) {
        this(database, clock, List.of());
    }

    /** @param parts files of the data folder each backup carries beside the database (the scanned papers) */
    public BackupService(Database database, Supplier<LocalDateTime> clock, List<BackupPart> parts) {
        this.database = database;
        this.dataFolder = database.folder();
        this.clock = clock;
        this.settings = new BackupSettings(dataFolder);
        this.parts = List.copyOf(parts);
    }

    public Path folder() {
        return dataFolder.resolve(DataFile.BACKUP_FOLDER);
    }

    public Optional<Path> secondFolder() {
        return settings.secondFolder();
    }

    /** @param folder the second folder, or null for none */
    public void setSecondFolder(Path folder) {
        settings.setSecondFolder(folder);
    }

    /** Takes a backup, verifies it, keeps the last {@value #KEEP} and copies it to the second folder. */
    public BackupResult backupNow() {
        LocalDateTime now = clock.get().withNano(0);
        Path folder = folder();
        createFolder(folder);
        while (Files.exists(folder.resolve(PREFIX + now.format(STAMP) + ".zip"))) {
            now = now.plusSeconds(1); // two backups in one second (a safety backup right after another): keep both
        }
        String name = PREFIX + now.format(STAMP) + ".zip";
        Path pending = folder.resolve(name + ".dang-ghi");
        file().backupTo(pending);
        SortedMap<String, TableChecksum> expected = file().checksums();
        try {
            verify(pending, expected);
            addManifestAndParts(pending, now, expected);
            Files.move(pending, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BackupFailed("Không ghi được bản sao lưu " + name + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(pending);
        }
        rotate(folder);
        Path file = folder.resolve(name);
        BackupFile backup = new BackupFile(file, now, size(file));
        Optional<String> copyProblem = Optional.empty();
        Optional<Path> copy = Optional.empty();
        Optional<Path> second = settings.secondFolder();
        if (second.isPresent()) {
            try {
                copy = Optional.of(copyTo(file, second.get()));
            } catch (IOException | RuntimeException e) {
                copyProblem = Optional.of("Không chép được bản sao lưu sang " + second.get()
                        + " (USB đã cắm chưa?): " + e.getMessage());
            }
        }
        long rows = expected.values().stream().mapToLong(TableChecksum::rows).sum();
        return new BackupResult(backup, copy, copyProblem, expected.size(), rows);
    }

    /** The manifest (decision 0026) and the files of the parts, such as the scanned papers, into the verified zip. */
    private void addManifestAndParts(Path zip, LocalDateTime now, SortedMap<String, TableChecksum> tables)
            throws IOException {
        Map<String, Path> files = new TreeMap<>();
        parts.forEach(part -> files.putAll(part.files(dataFolder)));
        BackupManifest manifest = new BackupManifest(BackupManifest.FORMAT, "h2", file().schemaVersion().orElse("0"),
                now, file().encrypted(), tables, new TreeMap<>());
        for (Map.Entry<String, Path> file : files.entrySet()) {
            manifest = manifest.withFile(file.getKey(), BackupArchive.digest(file.getValue()));
        }
        BackupArchive.complete(zip, manifest, files);
    }

    /**
     * Whether the data is on a PostgreSQL server, where backups are the server administrator's
     * (pg_dump): backing up, restoring and the reminders then do nothing but say so.
     */
    public boolean onServer() {
        return database.server().isPresent();
    }

    /** The server the data is on now, empty for the file on this computer. */
    public Optional<ServerAddress> server() {
        return database.server();
    }

    /** A backup when the last one is a day old or there is none; nothing otherwise. */
    public Optional<BackupResult> backupIfDue() {
        if (onServer()) {
            return Optional.empty();
        }
        Optional<LocalDateTime> last = lastVerified();
        if (last.isPresent() && Duration.between(last.get(), clock.get()).compareTo(DAILY) < 0) {
            return Optional.empty();
        }
        return Optional.of(backupNow());
    }

    /** The verified backups in the data folder, newest first. */
    public List<BackupFile> list() {
        return list(folder());
    }

    public Optional<LocalDateTime> lastVerified() {
        return list().stream().findFirst().map(BackupFile::takenAt);
    }

    /** The status bar's text: "Sao lưu gần nhất: 30/11/2026 08:15 (đã kiểm tra)", with a warning after 7 days. */
    public String status() {
        if (onServer()) {
            return "Dữ liệu dùng chung trên máy chủ PostgreSQL " + database.server().get()
                    + "; người quản trị máy chủ sao lưu bằng pg_dump.";
        }
        return status(lastVerified(), clock.get());
    }

    static String status(Optional<LocalDateTime> last, LocalDateTime now) {
        if (last.isEmpty()) {
            return "Chưa có bản sao lưu nào. Hãy sao lưu ngay.";
        }
        String text = "Sao lưu gần nhất: " + DateFormats.format(last.get()) + " (đã kiểm tra)";
        if (isStale(last, now)) {
            long days = Duration.between(last.get(), now).toDays();
            return text + " — đã " + days + " ngày chưa sao lưu, hãy sao lưu ngay.";
        }
        return text;
    }

    public boolean isStale() {
        return !onServer() && isStale(lastVerified(), clock.get());
    }

    static boolean isStale(Optional<LocalDateTime> last, LocalDateTime now) {
        return last.isEmpty() || Duration.between(last.get(), now).compareTo(STALE) > 0;
    }

    /** Opens a copy of the backup and says what it holds, without touching the data. */
    public BackupPreview preview(Path zip) {
        Path scratch = extract(zip);
        try (Database copy = openCopy(zip, scratch)) {
            String committee = new CommitteeService(copy).find().map(Committee::name).orElse("(chưa thiết lập)");
            int members = new RegisterService(copy).loadRegister().size();
            return new BackupPreview(takenAt(zip), committee, members);
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Replaces the data with the backup's, after a safety backup of the data as it is now (which
     * then appears in the list, so a wrong restore can be undone by restoring it).
     *
     * @return the safety backup
     */
    public BackupResult restore(Path zip) {
        Path scratch = extract(zip);
        try {
            openCopy(zip, scratch).close(); // brings an older backup's schema up to date, checks the password
            BackupResult safety = backupNow();
            file().replaceWith(scratch);
            return safety;
        } finally {
            deleteTree(scratch);
        }
    }

    /** The verified backups of a data folder whose database may not open, newest first. */
    public static List<BackupFile> listIn(Path dataFolder) {
        return list(dataFolder.resolve(DataFile.BACKUP_FOLDER));
    }

    /**
     * When the data file cannot be opened at all (damaged disk, a file copied half), puts the
     * backup in its place without opening it first. The damaged file is kept beside it, renamed
     * (dangvu-hong-….mv.db), for a specialist; nothing is deleted.
     *
     * @param password the backup's password, or null for a plain backup
     * @return the damaged file as it was kept
     */
    public static Path replaceDamagedData(Path dataFolder, Path zip, String password) {
        Path scratch = extract(dataFolder.resolve(DataFile.BACKUP_FOLDER), zip);
        try {
            try {
                Database.open(scratch, password).close(); // brings its schema up to date, checks the password
            } catch (WrongPasswordException e) {
                throw new BackupFailed("Bản sao lưu " + zip.getFileName() + " cần mật khẩu của nó; "
                        + "mật khẩu đã cho không mở được.", e);
            }
            Path data = dataFolder.resolve(DataFile.FILE_NAME + ".mv.db");
            Path kept = dataFolder.resolve(DataFile.FILE_NAME + "-hong-" + LocalDateTime.now().format(STAMP) + ".mv.db");
            if (Files.exists(data)) {
                Files.move(data, kept);
            }
            Files.move(scratch.resolve(DataFile.FILE_NAME + ".mv.db"), data);
            return kept;
        } catch (IOException e) {
            throw new BackupFailed("Không thay được tệp dữ liệu hỏng: " + e.getMessage(), e);
        } finally {
            deleteTree(scratch);
        }
    }

    // ---------------------------------------------------------------- verifying

    private void verify(Path zip, SortedMap<String, TableChecksum> expected) {
        Path scratch = extract(zip);
        SortedMap<String, TableChecksum> actual;
        try (Database copy = file().openOther(scratch)) {
            actual = copy.file().orElseThrow().checksums();
        } finally {
            deleteTree(scratch);
        }
        for (Map.Entry<String, TableChecksum> table : expected.entrySet()) {
            if (!table.getValue().equals(actual.get(table.getKey()))) {
                throw new BackupFailed("Bản sao lưu không khớp với dữ liệu ở bảng " + table.getKey()
                        + "; bản này đã bị bỏ. Hãy thử sao lưu lại.");
            }
        }
        if (!actual.keySet().equals(expected.keySet())) {
            throw new BackupFailed("Bản sao lưu không có đủ các bảng của dữ liệu; bản này đã bị bỏ.");
        }
    }

    private Database openCopy(Path zip, Path scratch) {
        try {
            return file().openOther(scratch);
        } catch (WrongPasswordException e) {
            throw new BackupFailed("Bản sao lưu " + zip.getFileName() + " được đặt một mật khẩu khác mật khẩu hiện tại;"
                    + " không mở được.", e);
        }
    }

    /** Backups are of the H2 file: on a server they are its administrator's (pg_dump). */
    private DataFile file() {
        return database.file().orElseThrow(NotOnServerException::backups);
    }

    private Path extract(Path zip) {
        return extract(folder(), zip);
    }

    /** Unpacks a backup into a new scratch folder inside the backup folder. */
    private static Path extract(Path backupFolder, Path zip) {
        return BackupArchive.unpack(zip, backupFolder).folder();
    }

    // ---------------------------------------------------------------- files

    private static List<BackupFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> parseStamp(file).ifPresent(at -> backups.add(new BackupFile(file, at, size(file)))));
        } catch (IOException e) {
            throw new BackupFailed("Không đọc được thư mục sao lưu " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return backups;
    }

    private static Optional<LocalDateTime> parseStamp(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(name.substring(PREFIX.length(), name.length() - 4), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** From the name of one of ours; for a file renamed by the clerk, when it was last written. */
    private static LocalDateTime takenAt(Path zip) {
        return parseStamp(zip).orElseGet(() -> {
            try {
                return LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(), java.time.ZoneId.systemDefault());
            } catch (IOException e) {
                throw new BackupFailed("Không đọc được tệp " + zip + ": " + e.getMessage(), e);
            }
        });
    }

    private static void rotate(Path folder) {
        List<BackupFile> all = list(folder);
        all.stream().skip(KEEP).forEach(old -> deleteQuietly(old.file()));
    }

    private static Path copyTo(Path file, Path second) throws IOException {
        Files.createDirectories(second);
        Path target = second.resolve(file.getFileName());
        Path pending = second.resolve(file.getFileName() + ".dang-ghi");
        try (InputStream in = Files.newInputStream(file)) {
            Files.copy(in, pending, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(pending, target, StandardCopyOption.REPLACE_EXISTING);
        rotate(second);
        return target;
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BackupFailed("Không tạo được thư mục sao lưu " + folder + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover scratch file is harmless; the next backup tries again
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(BackupService::deleteQuietly);
        } catch (IOException ignored) {
            // as above
        }
    }
}
