package vn.dangvu.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.RegisterEntry;

/**
 * Crash safety: the app's import and member saves run in a child JVM that is killed (kill -9,
 * no shutdown hook, nothing flushed) on a random line of its progress, many times. After
 * every kill the data opens, every workbook is wholly imported or not at all, and every saved
 * member has all its events.
 */
class CrashTest {

    private static final long BUDGET_MILLIS = 90_000;
    private static final int KILLS = 20;
    /** An import prints about 40 progress lines: most kills fall in the first two imports, the rest in saves. */
    private static final int LINES_BEFORE_KILL = 100;
    private static final int WORKBOOKS = 6;

    @TempDir
    Path temp;

    @Test
    void killedMidImportOrMidSaveTheDataAlwaysOpensAndNothingIsHalfWritten() throws Exception {
        Path data = temp.resolve("data");
        Path workbooks = Files.createDirectories(temp.resolve("workbooks"));
        for (int w = 0; w < WORKBOOKS; w++) {
            CrashWork.workbook(workbooks, w);
        }
        Random random = new Random(8);
        long end = System.currentTimeMillis() + BUDGET_MILLIS;
        int killsInImport = 0;
        List<String> seen = new ArrayList<>();
        while (System.currentTimeMillis() < end && seen.size() < KILLS) {
            Process child = start(data, workbooks);
            // The kill comes on a line the child prints as it works, not after a time: the n-th line
            // after its first import began, a progress line inside an import's transaction or the
            // start of a save, whatever the speed of the machine.
            String killedAt = killOnLine(child, 1 + random.nextInt(LINES_BEFORE_KILL));
            if (killedAt.startsWith("ROW")) {
                killsInImport++;
            }
            seen.add(killedAt + " → " + check(data));
        }
        System.out.println("CrashTest: " + seen.size() + " kills; the child's line at the kill → workbooks imported/"
                + "members saved after it: " + seen);
        assertTrue(seen.size() >= 2, "only " + seen.size() + " kills in the time budget");
        assertTrue(killsInImport >= 1, "no kill landed inside an import: " + seen);
    }

    /**
     * Reads the child's lines; from its first "IMPORT" on, counts them and kills the child (kill -9)
     * on the {@code n}-th. Returns that line. Fails when the child ends by itself first.
     */
    private static String killOnLine(Process child, int n) throws IOException, InterruptedException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder before = new StringBuilder();
        int counted = 0;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (counted > 0 || line.startsWith("IMPORT")) {
                counted++;
            } else {
                before.append(line).append('\n');
            }
            if (counted == n) {
                child.destroyForcibly(); // SIGKILL on Linux: kill -9
                child.waitFor(30, TimeUnit.SECONDS);
                return line;
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("the child stopped by itself, not killed" + (counted == 0 ? ":\n" + before : ""));
    }

    /** Opens the data and checks it; returns "imported workbooks/saved members" for the report. */
    private static String check(Path data) {
        try (Database database = Database.open(data)) {
            List<RegisterEntry> register = new RegisterService(database).loadRegister();
            Map<String, Long> perWorkbook = register.stream().filter(e -> e.cardNumber() != null)
                    .filter(e -> !e.cardNumber().startsWith("9"))
                    .collect(Collectors.groupingBy(e -> e.cardNumber().substring(0, 2), Collectors.counting()));
            perWorkbook.forEach((prefix, count) -> assertEquals(CrashWork.ROWS, count,
                    "workbook " + prefix + " is half imported"));
            List<RegisterEntry> saved = register.stream()
                    .filter(e -> e.cardNumber() != null && e.cardNumber().startsWith("9")).toList();
            saved.forEach(e -> assertEquals(2, e.history().events().size(), e.name() + " lost an event"));
            return perWorkbook.size() + "/" + saved.size();
        }
    }

    private static Process start(Path data, Path workbooks) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), CrashWork.class.getName(), data.toString(), workbooks.toString());
        builder.redirectErrorStream(true);
        return builder.start();
    }
}
