package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;

/** The data folder on disk: one copy of the app at a time, the file name, Vietnamese collation in SQL. */
class DatabaseLockTest {

    @TempDir
    Path dataFolder;

    @Test
    void secondCopyOfTheAppOnTheSameDataFolderIsToldTheDataIsAlreadyOpen() throws Exception {
        // H2 shares one database between connections of the same JVM, so the first copy must
        // be another process, as it is when the clerk starts the app twice.
        Process other = startOtherCopy();
        try {
            String output = waitUntilOpen(other);
            assertTrue(output.endsWith("OPEN"), () -> "the other copy could not open the data:\n" + output);

            DataFolderInUseException refused = assertThrows(DataFolderInUseException.class,
                    () -> Database.open(dataFolder).close());

            assertTrue(refused.getMessage().contains("đang được một cửa sổ Đảng Vụ khác mở"), refused.getMessage());
            assertTrue(refused.getMessage().contains(dataFolder.toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("Không có gì bị thay đổi"), refused.getMessage());
        } finally {
            stop(other);
        }
    }

    @Test
    void dataCanBeOpenedAgainOnceTheOtherCopyHasClosed() throws Exception {
        Process other = startOtherCopy();
        try {
            String output = waitUntilOpen(other);
            assertTrue(output.endsWith("OPEN"), () -> "the other copy could not open the data:\n" + output);
        } finally {
            stop(other);
        }

        try (Database database = Database.open(dataFolder)) {
            assertEquals(List.of(), database.read(r -> r.branches().all()));
        }
    }

    @Test
    void dataLivesInDangvuMvDbInsideTheDataFolder() {
        Path folder = dataFolder.resolve("Đảng Vụ dữ liệu");

        try (Database database = Database.open(folder)) {
            database.write(r -> r.branches().insert(Branch.create("Chi bộ thôn 1", BranchKind.VILLAGE, null)));
        }

        assertTrue(Files.isRegularFile(folder.resolve("dangvu.mv.db")), "dangvu.mv.db in " + folder);
    }

    @Test
    void sqlOrdersBranchNamesInVietnameseOrder() {
        // Unicode code points would give Chi bộ Dương, Chi bộ Đông, Chi bộ Ấp and Má before Mã.
        List<String> vietnameseOrder = List.of("Chi bộ An", "Chi bộ Ấp", "Chi bộ Dương", "Chi bộ Đông",
                "Chi bộ Ma", "Chi bộ Mã", "Chi bộ Má", "Chi bộ Ông", "Chi bộ Ơn", "Chi bộ Uy", "Chi bộ Ưng");

        try (Database database = Database.open(dataFolder)) {
            database.write(r -> {
                for (String name : List.of("Chi bộ Ưng", "Chi bộ Đông", "Chi bộ Má", "Chi bộ Ơn", "Chi bộ Ấp",
                        "Chi bộ Uy", "Chi bộ Mã", "Chi bộ Dương", "Chi bộ An", "Chi bộ Ông", "Chi bộ Ma")) {
                    r.branches().insert(Branch.create(name, BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)));
                }
                return null;
            });

            assertEquals(vietnameseOrder, database.read(r -> r.branches().all()).stream().map(Branch::name).toList());
        }
    }

    @Test
    void closedDatabaseReleasesTheFolderForTheNextStart() {
        Database.open(dataFolder).close();

        try (Database again = Database.open(dataFolder)) {
            assertFalse(again.read(r -> r.branches().all()).iterator().hasNext());
        }
    }

    // ---------------------------------------------------------------- the other copy

    private Process startOtherCopy() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), HoldDatabaseOpen.class.getName(), dataFolder.toString());
        builder.redirectErrorStream(true);
        return builder.start();
    }

    /** Everything the other copy printed up to its OPEN line (or until it ended without one). */
    private static String waitUntilOpen(Process other) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (seen.length() > 0) {
                seen.append('\n');
            }
            seen.append(line);
            if (line.equals("OPEN")) {
                break;
            }
        }
        return seen.toString();
    }

    /** Closes the other copy's input so it closes its database and ends; forces it if it does not. */
    private static void stop(Process other) throws InterruptedException {
        try {
            other.getOutputStream().close();
        } catch (IOException ignored) {
            // already gone
        }
        if (!other.waitFor(60, TimeUnit.SECONDS)) {
            other.destroyForcibly().waitFor();
        }
    }
}
