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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.RegisterService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.RegisterEntry;

/**
 * Crash safety: the app's import and member saves run in a child JVM that is killed (kill -9,
 * no shutdown hook, nothing flushed) at random moments, many times within a time budget. After
 * every kill the data opens, every workbook is wholly imported or not at all, and every saved
 * member has all its events.
 */
class CrashTest {

    private static final long BUDGET_MILLIS = 90_000;
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
        int kills = 0;
        int killsInImport = 0;
        AtomicLong importMillis = new AtomicLong(0); // the longest import seen whole; 3 s until then
        List<String> seen = new ArrayList<>();
        while (System.currentTimeMillis() < end && kills < 40) {
            Process child = start(data, workbooks);
            AtomicReference<String> doing = new AtomicReference<>();
            Thread reader = waitUntilWriting(child, doing, importMillis);
            if (reader == null) {
                child.destroyForcibly().waitFor();
                throw new AssertionError("the child could not open the data after " + kills + " kills");
            }
            // Within one and a half imports as long as the last one took here, so that most kills land
            // inside an import on a slow machine and on a fast one alike.
            long expected = importMillis.get() == 0 ? 3000 : importMillis.get();
            Thread.sleep(random.nextInt((int) Math.max(200, expected * 3 / 2)));
            if (!child.isAlive()) {
                reader.join(5000);
                throw new AssertionError("the child stopped on its own, not killed: " + doing.get());
            }
            child.destroyForcibly(); // SIGKILL on Linux: kill -9
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(5000); // its last line is what the child was doing when killed
            kills++;
            if (doing.get().startsWith("IMPORT")) {
                killsInImport++;
            }
            seen.add(doing.get() + " → " + check(data));
        }
        System.out.println("CrashTest: " + kills + " kills; what the child was doing → workbooks imported/members"
                + " saved after it: " + seen);
        assertTrue(kills >= 2, "only " + kills + " kills in the time budget");
        assertTrue(killsInImport >= 1, "no kill landed inside an import: " + seen);
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

    /**
     * Waits until the child writes its first import (its first line "IMPORT …"), then reads on in
     * a thread (returned; null if the child ended before) that keeps the child's last line, what
     * it is doing, in {@code doing}.
     */
    private static Thread waitUntilWriting(Process child, AtomicReference<String> doing, AtomicLong importMillis)
            throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("IMPORT")) {
                doing.set(line);
                // keep draining so the child never blocks on a full pipe
                Thread drain = new Thread(() -> {
                    try {
                        long started = System.nanoTime();
                        for (String next = out.readLine(); next != null; next = out.readLine()) {
                            if (next.equals("SAVE") && doing.get().startsWith("IMPORT")) {
                                long took = (System.nanoTime() - started) / 1_000_000;
                                importMillis.accumulateAndGet(took, Math::max); // the longest: one that wrote
                            }
                            if (next.startsWith("IMPORT")) {
                                started = System.nanoTime();
                            }
                            doing.set(next);
                        }
                    } catch (IOException ignored) {
                        // the child was killed
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return drain;
            }
            seen.append(line).append('\n');
        }
        System.err.println(seen);
        return null;
    }
}
