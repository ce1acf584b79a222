package vn.dangvu.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.SchemaVersions;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.RegisterEntry;

/**
 * Crash safety: the app's import and member saves run in a child JVM that is killed (kill -9,
 * no shutdown hook, nothing flushed) on a random line of its progress, many times. After
 * every kill the data opens, every workbook is wholly imported or not at all, and every saved
 * member has all its events. The same for the first start in a new folder and for the upgrade
 * of an old one: a kill during each migration, and the next start opens a complete folder.
 */
class CrashTest {

    private static final long BUDGET_MILLIS = 90_000;
    private static final int KILLS = 20;
    /** An import prints about 40 progress lines: most kills fall in the first two imports, the rest in saves. */
    private static final int LINES_BEFORE_KILL = 100;
    private static final int WORKBOOKS = 6;
    private static final long MIGRATION_BUDGET_MILLIS = 150_000;

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

    @Test
    void killedWhileANewFolderIsBeingCreatedTheNextStartMakesItAgain() throws Exception {
        Path data = temp.resolve("moi");
        Random random = new Random(21);
        List<String> seen = new ArrayList<>();
        long end = System.currentTimeMillis() + MIGRATION_BUDGET_MILLIS;
        for (int migration = 1; migration <= shippedMigrations() && System.currentTimeMillis() < end; migration++) {
            deleteTree(data);
            String killedAt = killOnMigration(start("open", data.toString()), migration, random);
            seen.add(killedAt + " → " + checkUpToDate(data, false));
        }
        System.out.println("CrashTest (creation): " + seen.size() + " kills: " + seen);
        assertTrue(seen.size() >= Math.min(5, shippedMigrations()), "only " + seen.size() + " kills in the time budget");
    }

    @Test
    void killedWhileAnOldFolderIsBeingUpgradedTheNextStartPutsItBackAndUpgradesAgain() throws Exception {
        Path old = oldFolder(temp.resolve("cu"));
        Path data = temp.resolve("du-lieu");
        Random random = new Random(22);
        List<String> seen = new ArrayList<>();
        int cutOff = 0;
        long end = System.currentTimeMillis() + MIGRATION_BUDGET_MILLIS;
        for (int migration = 1; migration < shippedMigrations() && System.currentTimeMillis() < end; migration++) {
            deleteTree(data);
            copyTree(old, data);
            String killedAt = killOnMigration(start("open", data.toString()), migration, random);
            if (Files.exists(data.resolve("dang-cap-nhat.txt"))) {
                cutOff++; // the upgrade had begun and not finished: the next start must undo it
            }
            seen.add(killedAt + " → " + checkUpToDate(data, true));
        }
        System.out.println("CrashTest (upgrade): " + seen.size() + " kills, " + cutOff + " of them mid-upgrade: " + seen);
        assertTrue(seen.size() >= Math.min(5, shippedMigrations() - 1), "only " + seen.size() + " kills in the time budget");
        assertTrue(cutOff >= 1, "no kill landed inside an upgrade: " + seen);
    }

    /** Kills the child (kill -9) a random moment after it prints the line before its n-th migration. */
    private static String killOnMigration(Process child, int n, Random random) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int migrations = 0;
        StringBuilder printed = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            printed.append(line).append('\n');
            if (line.startsWith("MIGRATE") && ++migrations == n) {
                Thread.sleep(random.nextInt(120)); // inside the migration's statements, or just after
                child.destroyForcibly();
                child.waitFor(30, TimeUnit.SECONDS);
                return line.substring(line.lastIndexOf("version"));
            }
        }
        child.waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("the child ended before migration " + n + ":\n" + printed);
    }

    /** The folder opens, at the newest schema; an upgraded one still holds its committee. */
    private static String checkUpToDate(Path data, boolean old) {
        try (Database database = Database.open(data)) {
            assertEquals(SchemaVersions.shipped(), database.file().orElseThrow().schemaVersion().orElseThrow());
            if (old) {
                assertEquals("Đảng bộ xã Hải Yến", database.read(r -> r.committee().find()).orElseThrow().name());
            }
        }
        assertTrue(Files.notExists(data.resolve("dang-cap-nhat.txt")) && Files.notExists(data.resolve("dang-tao")),
                "work left behind in " + data);
        return "opens";
    }

    /** A data folder of the first release: the schema up to V1 only, with its committee. */
    private static Path oldFolder(Path folder) throws Exception {
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("dangvu");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration/common",
                "classpath:db/migration/h2").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO committee (name, place_name) VALUES ('Đảng bộ xã Hải Yến', 'Hải Yến')");
        }
        return folder;
    }

    private static int shippedMigrations() {
        try (var files = Stream.of("common", "h2").flatMap(CrashTest::migrationsIn)) {
            return (int) files.count();
        }
    }

    private static Stream<String> migrationsIn(String vendor) {
        try {
            Path folder = Path.of(CrashTest.class.getResource("/db/migration/" + vendor).toURI());
            return Files.list(folder).map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).toList().stream();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
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
        return start(data.toString(), workbooks.toString());
    }

    private static Process start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), CrashWork.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        return builder.start();
    }
}
