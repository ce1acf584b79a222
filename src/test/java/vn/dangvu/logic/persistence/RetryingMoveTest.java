package vn.dangvu.logic.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing the data file while another program holds it open for a moment, as Windows refuses it. */
class RetryingMoveTest {

    @TempDir
    Path temp;

    private final WindowsLikeMover windows = new WindowsLikeMover();
    private final List<Duration> pauses = new ArrayList<>();
    private Path restored;
    private Path data;

    @BeforeEach
    void twoDataFolders() throws IOException {
        restored = write(temp.resolve("kiem-tra"), "bản sao lưu");
        data = write(temp.resolve("Dữ liệu"), "dữ liệu đang dùng");
    }

    @Test
    void theDataFileIsReplacedOnceTheProgramHoldingItLetsGo() throws IOException {
        windows.holdOpen(data);
        RetryingMove moves = new RetryingMove(windows, length -> {
            pauses.add(length);
            if (pauses.size() == 2) {
                letGo(data);
            }
        });

        DataFile.replaceFile(restored.getParent(), data.getParent(), moves);

        assertEquals("bản sao lưu", Files.readString(data, UTF_8));
        assertTrue(Files.notExists(restored));
        assertEquals(List.of(Duration.ofMillis(50), Duration.ofMillis(100)), pauses);
        assertEquals(2, windows.refusals());
    }

    @Test
    void aDataFileHeldThroughEveryAttemptIsLeftAsItWasAndTheClerkIsToldWhyInVietnamese() throws IOException {
        windows.holdOpen(data);
        RetryingMove moves = new RetryingMove(windows, pauses::add);

        RetryingMove.FileHeldException held = assertThrows(RetryingMove.FileHeldException.class,
                () -> DataFile.replaceFile(restored.getParent(), data.getParent(), moves));

        assertEquals("dữ liệu đang dùng", Files.readString(data, UTF_8));
        assertEquals("bản sao lưu", Files.readString(restored, UTF_8));
        assertEquals(RetryingMove.BACKOFF, pauses, "50 ms doubling to 2 s, about 5 s in all");
        assertEquals(8, windows.refusals());
        assertTrue(held.getMessage().startsWith("Windows không cho chuyển tệp dangvu.mv.db"), held.getMessage());
        assertTrue(held.getMessage().endsWith("Không có gì bị mất; hãy đợi một lát rồi thử lại."), held.getMessage());
    }

    @Test
    void aMissingFileIsReportedAtOnceNotTriedAgain() throws IOException {
        Files.delete(restored);
        RetryingMove moves = new RetryingMove(windows, pauses::add);

        assertThrows(NoSuchFileException.class, () -> DataFile.replaceFile(restored.getParent(), data.getParent(), moves));

        assertTrue(pauses.isEmpty());
        assertEquals("dữ liệu đang dùng", Files.readString(data, UTF_8));
    }

    private static Path write(Path folder, String text) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(DataFile.FILE_NAME + ".mv.db"), text, UTF_8);
    }

    private void letGo(Path file) {
        try {
            windows.letGo(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
