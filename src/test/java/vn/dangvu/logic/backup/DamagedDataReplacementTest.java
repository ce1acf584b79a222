package vn.dangvu.logic.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.RetryingMove;
import vn.dangvu.logic.persistence.WindowsLikeMover;
import vn.dangvu.logic.register.RegisterService;

/**
 * A damaged data file replaced by a backup while Windows' antivirus scans the file just unpacked
 * from it: the move waits for the scanner, and if the scanner never lets go the damaged file is put
 * back where it was, so nothing moves out from under the clerk.
 */
class DamagedDataReplacementTest {

    @TempDir
    Path temp;

    private final WindowsLikeMover windows = new WindowsLikeMover();
    private Path folder;
    private Path data;
    private Path backup;
    private byte[] damaged;

    @BeforeEach
    void aDamagedFileAndABackup() throws IOException {
        folder = temp.resolve("Dữ liệu Đảng ủy");
        try (Database database = Database.open(folder, null)) {
            new DemoService(database).fill(6);
            backup = new BackupService(database, () -> LocalDateTime.of(2026, 3, 18, 8, 15)).backupNow().file().file();
        }
        data = folder.resolve(DataFile.FILE_NAME + ".mv.db");
        damaged = Files.readAllBytes(data);
        Arrays.fill(damaged, 0, 8192, (byte) 0x5a); // both copies of H2's file header
        Files.write(data, damaged);
    }

    /** The scanner opens each file unpacked into the backup's scratch folder, once. */
    private RetryingMove.Mover scannerOnUnpackedFiles() {
        Set<Path> scanned = new HashSet<>();
        return (from, to, options) -> {
            if (from.getParent().getFileName().toString().startsWith(".kiem-tra-") && scanned.add(from)) {
                windows.holdOpen(from);
            }
            windows.move(from, to, options);
        };
    }

    @Test
    void theBackupReplacesTheDamagedFileOnceTheScannerLetsGo() throws IOException {
        RetryingMove moves = new RetryingMove(scannerOnUnpackedFiles(), length -> letGoOfEverything());

        Path kept = BackupService.replaceDamagedData(folder, backup, null, moves);

        assertEquals(1, windows.refusals());
        assertArrayEquals(damaged, Files.readAllBytes(kept));
        try (Database database = Database.open(folder, null)) {
            assertEquals(6, new RegisterService(database).loadRegister().size());
        }
    }

    @Test
    void whenTheScannerNeverLetsGoTheDamagedFileStaysWhereItWas() throws IOException {
        RetryingMove moves = new RetryingMove(scannerOnUnpackedFiles(), length -> { });

        BackupFailed failed = assertThrows(BackupFailed.class,
                () -> BackupService.replaceDamagedData(folder, backup, null, moves));

        assertTrue(failed.getMessage().startsWith("Không thay được tệp dữ liệu hỏng: Windows không cho chuyển tệp"),
                failed.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(data));
        assertTrue(Files.isRegularFile(backup));
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of(DataFile.FILE_NAME + ".mv.db", DataFile.BACKUP_FOLDER),
                    names.stream().filter(n -> !n.endsWith(".trace.db") && !n.endsWith(".properties")).toList());
        }
    }

    private void letGoOfEverything() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.toList()) {
                windows.letGo(file);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
