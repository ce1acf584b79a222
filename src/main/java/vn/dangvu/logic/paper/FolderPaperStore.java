package vn.dangvu.logic.paper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The papers of a data folder, in its ho-so/ folder (decision 0022): one file per content under
 * ho-so/xy/NAME. Plain data: NAME is the content id and the file the paper's bytes. Encrypted data
 * (a password is set): NAME is the keyed hash of the id and the file is sealed with the folder's
 * {@link PaperKey}, kept in ho-so/khoa.properties wrapped by the password. Files are written once,
 * whole (a temporary file moved into place), and never changed: a backup copies only new names.
 */
public final class FolderPaperStore implements PaperStore {

    public static final String FOLDER = "ho-so";

    private final Path folder;
    private final Supplier<String> password;
    private PaperKey key;
    /** The password {@link #key} was read with: another password (changed since) reads the key file again. */
    private String keyReadWith;

    /**
     * @param folder   the store (a data folder's ho-so/, or a backup's)
     * @param password the data's password as it is now, null for plain data; asked when a paper is
     *                 first read or written, since unwrapping the key takes a third of a second
     */
    public FolderPaperStore(Path folder, Supplier<String> password) {
        this.folder = folder;
        this.password = password;
    }

    public Path folder() {
        return folder;
    }

    public boolean encrypted() {
        return password.get() != null;
    }

    @Override
    public synchronized boolean put(String contentId, byte[] bytes) {
        PaperKey sealing = encrypted() ? keyForWriting() : null;
        Path file = folder.resolve(relative(contentId, sealing));
        if (Files.exists(file)) {
            return false;
        }
        write(file, sealing == null ? bytes : sealing.seal(file.getFileName().toString(), bytes));
        return true;
    }

    @Override
    public synchronized byte[] read(String contentId) {
        PaperKey opening = encrypted() ? keyForReading().orElse(null) : null;
        Path file = folder.resolve(relative(contentId, opening));
        if (opening != null && !Files.exists(file)) {
            file = folder.resolve(relative(contentId, null)); // added before the password was set, not yet sealed
            opening = null;
        }
        byte[] bytes = readFile(file, contentId);
        byte[] plain = opening == null ? bytes : opening.open(file.getFileName().toString(), bytes);
        if (!ContentId.of(plain).equals(contentId)) {
            throw new DamagedPaperException(file.getFileName().toString());
        }
        return plain;
    }

    @Override
    public synchronized boolean has(String contentId) {
        PaperKey naming = encrypted() ? keyForReading().orElse(null) : null;
        return Files.exists(folder.resolve(relative(contentId, naming)))
                || naming != null && Files.exists(folder.resolve(relative(contentId, null)));
    }

    /** The file of a content as this store names it, relative to the store ("ab/abcdef…"). */
    synchronized String relativePath(String contentId) {
        PaperKey naming = encrypted() ? keyForReading().orElse(null) : null;
        String sealed = relative(contentId, naming);
        return naming != null && !Files.exists(folder.resolve(sealed)) && Files.exists(folder.resolve(relative(contentId, null)))
                ? relative(contentId, null) : sealed;
    }

    /**
     * Checks a copy of one of this store's files (in a backup) by its content: plain, its SHA-256
     * is the id; sealed, it opens with this store's key under its own name and holds the id's bytes.
     *
     * @throws DamagedPaperException when it does not
     */
    synchronized void check(Path copy, String contentId) {
        String name = copy.getFileName().toString();
        byte[] bytes = readFile(copy, name);
        byte[] plain = name.equals(contentId) ? bytes : keyForReading()
                .orElseThrow(() -> new DamagedPaperException(name)).open(name, bytes);
        if (!ContentId.of(plain).equals(contentId)) {
            throw new DamagedPaperException(name);
        }
    }

    /** The key the papers are sealed with now, empty for plain data. */
    synchronized Optional<PaperKey> key() {
        return encrypted() ? keyForReading() : Optional.empty();
    }

    /** Every paper file of the store, relative to it, in no order. */
    List<String> files() {
        List<String> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(folder, 2)) {
            all.filter(p -> p.getNameCount() == folder.getNameCount() + 2 && Files.isRegularFile(p))
                    .filter(p -> ContentId.looksLikeOne(p.getFileName().toString()))
                    .forEach(p -> files.add(folder.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được thư mục giấy tờ " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    // ---------------------------------------------------------------- the password

    /**
     * Before the password is set or changed: the key gets a wrapping for the new password beside
     * the current one (a first password makes the key). Then the database's file is rewritten.
     */
    public synchronized void beforePasswordChange(String newPassword) {
        PaperKey current = encrypted() ? keyForReading().orElse(null) : null;
        List<String> passwords = new ArrayList<>();
        if (current != null) {
            passwords.add(password.get());
        }
        passwords.add(newPassword);
        PaperKeyFile.write(folder, current != null ? current : PaperKey.random(), passwords);
        keyReadWith = null;
    }

    /**
     * After the database's file has the new password: only it opens the key now, and papers added
     * while the data had no password are sealed (the plain file is removed once its sealed copy is
     * written and read back).
     */
    public synchronized void afterPasswordChange(String newPassword) {
        PaperKey sealing = PaperKeyFile.open(folder, newPassword).orElseThrow();
        PaperKeyFile.write(folder, sealing, List.of(newPassword));
        key = sealing;
        keyReadWith = newPassword;
        for (String relative : files()) {
            String name = relative.substring(relative.indexOf('/') + 1);
            Path plain = folder.resolve(relative);
            if (!isPlain(plain)) {
                continue;
            }
            byte[] bytes = readFile(plain, name);
            if (!ContentId.of(bytes).equals(name)) {
                continue; // a sealed file whose name happens to be hex: not a plain one
            }
            Path sealed = folder.resolve(relative(name, sealing));
            if (!Files.exists(sealed)) {
                write(sealed, sealing.seal(sealed.getFileName().toString(), bytes));
            }
            sealing.open(sealed.getFileName().toString(), readFile(sealed, name));
            delete(plain);
        }
    }

    private static boolean isPlain(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return !(head.length == 4 && head[0] == 'D' && head[1] == 'V' && head[2] == 'P' && head[3] == '1');
        } catch (IOException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- files

    static String relative(String contentId, PaperKey naming) {
        String name = naming == null ? contentId : naming.storedName(contentId);
        return name.substring(0, 2) + "/" + name;
    }

    private Optional<PaperKey> keyForReading() {
        String now = password.get();
        if (!now.equals(keyReadWith)) {
            key = PaperKeyFile.open(folder, now).orElse(null);
            keyReadWith = now;
        }
        return Optional.ofNullable(key);
    }

    private PaperKey keyForWriting() {
        return keyForReading().orElseGet(() -> {
            PaperKey made = PaperKey.random();
            PaperKeyFile.write(folder, made, List.of(password.get()));
            key = made;
            keyReadWith = password.get();
            return made;
        });
    }

    static byte[] readFile(Path file, String what) {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new MissingPaperException(what);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được tệp giấy tờ " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whole or not at all: a crash leaves at most a .dang-ghi file, never half a paper under its name. */
    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Path pending = file.resolveSibling(file.getFileName() + ".dang-ghi");
            Files.write(pending, bytes);
            Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Không ghi được tệp giấy tờ " + file + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IllegalStateException("Không xóa được bản chưa mã hóa " + file + ": " + e.getMessage(), e);
        }
    }
}
