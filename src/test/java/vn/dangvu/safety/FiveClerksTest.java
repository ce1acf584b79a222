package vn.dangvu.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.TestDatabase;

/**
 * Five clerks on one PostgreSQL server on loopback (issue 21), for a bounded time: in five threads
 * of this JVM, then in five processes. Each imports its branch's list at the same moment as the
 * others, then edits the shared people, rates, records meetings and imports more lists. After: no
 * lost update (each shared person's note counts exactly the edits that were saved, and its
 * version went up once per edit), every import whole, and every count in the database the sum of
 * what the clerks saw saved. The time is DANGVU_CLERKS_SECONDS (.ci/run: a short run; longer on
 * demand, figures in docs/benchmarks.md).
 */
class FiveClerksTest {

    private static final int CLERKS = 5;
    private static final int SHARED = 20;

    @TempDir
    Path temp;

    private ServerAddress server;

    @BeforeEach
    void setUp() throws IOException {
        try (Database database = TestDatabase.POSTGRESQL.fresh(temp.resolve("van-phong"));
             Services services = Services.on(database, temp.resolve("van-phong"))) {
            Clerk.prepare(services, CLERKS, SHARED, temp);
        }
        server = TestDatabase.server();
    }

    @Test
    void fiveClerksInThreadsLoseNothingAndLeaveNothingHalfWritten() throws Exception {
        CyclicBarrier start = new CyclicBarrier(CLERKS);
        ExecutorService threads = Executors.newFixedThreadPool(CLERKS);
        List<Future<ClerkLog>> running = new ArrayList<>();
        long began = System.nanoTime();
        for (int c = 0; c < CLERKS; c++) {
            Clerk clerk = new Clerk(c, temp.resolve("thu-ky-" + c));
            running.add(threads.submit(() -> clerk.work(server, duration(), () -> await(start))));
        }
        List<ClerkLog> logs = new ArrayList<>();
        for (Future<ClerkLog> clerk : running) {
            logs.add(clerk.get(duration().toSeconds() + 120, TimeUnit.SECONDS));
        }
        threads.shutdown();
        check(logs, "threads", System.nanoTime() - began);
    }

    @Test
    void fiveClerksInProcessesLoseNothingAndLeaveNothingHalfWritten() throws Exception {
        List<Process> children = new ArrayList<>();
        for (int c = 0; c < CLERKS; c++) {
            children.add(start(c));
        }
        List<BufferedReader> outputs = new ArrayList<>();
        for (Process child : children) {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            outputs.add(out);
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                System.out.println("clerk: " + line);
            }
        }
        long began = System.nanoTime();
        for (Process child : children) {
            OutputStream in = child.getOutputStream();
            in.write("GO\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
        }
        List<ClerkLog> logs = new ArrayList<>();
        for (int c = 0; c < CLERKS; c++) {
            logs.add(readLog(c, outputs.get(c)));
            assertTrue(children.get(c).waitFor(60, TimeUnit.SECONDS), "clerk " + c + " did not end");
        }
        check(logs, "processes", System.nanoTime() - began);
    }

    private void check(List<ClerkLog> logs, String how, long nanos) throws SQLException {
        logs.forEach(log -> assertEquals(List.of(), log.unexpected, "clerk " + log.clerk + " saw"));
        Map<Long, Integer> edits = new HashMap<>();
        logs.forEach(log -> log.edits.forEach((id, n) -> edits.merge(id, n, Integer::sum)));
        int importedRows = logs.stream().mapToInt(ClerkLog::importedRows).sum();
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            // No lost update: every saved edit counted the note up once, on top of the one before it.
            try (ResultSet people = sql.executeQuery("SELECT id, note, version FROM member WHERE card_number LIKE '6%'")) {
                int seen = 0;
                while (people.next()) {
                    int saved = edits.getOrDefault(people.getLong(1), 0);
                    assertEquals(saved == 0 ? null : String.valueOf(saved), people.getString(2), "note of " + people.getLong(1));
                    assertEquals(saved, people.getInt(3), "version of " + people.getLong(1));
                    seen++;
                }
                assertEquals(SHARED, seen);
            }
            assertEquals(SHARED + importedRows, count(sql, "SELECT COUNT(*) FROM member"));
            // Every import whole: each list's people all there with both their events, or none.
            for (ClerkLog log : logs) {
                for (Map.Entry<String, Integer> list : log.lists.entrySet()) {
                    assertEquals((long) list.getValue(), count(sql, "SELECT COUNT(*) FROM member WHERE card_number LIKE '"
                            + list.getKey() + "%'"), "list " + list.getKey());
                }
                assertEquals((long) log.rated.size(), count(sql, "SELECT COUNT(*) FROM member_rating WHERE rating_year = "
                        + Clerk.ratingYear(log.clerk)), "ratings of clerk " + log.clerk);
                assertEquals((long) log.meetings(), count(sql, "SELECT COUNT(*) FROM meeting m JOIN branch b"
                        + " ON b.id = m.branch_id WHERE b.name = '" + Clerk.meetingBranch(log.clerk) + "'"),
                        "meetings of clerk " + log.clerk);
            }
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM member m WHERE card_number LIKE '7%' AND"
                    + " (SELECT COUNT(*) FROM membership_event e WHERE e.member_id = m.id) <> 2"), "half-written people");
            assertEquals(SHARED + 2L * importedRows, count(sql, "SELECT COUNT(*) FROM membership_event"));
        }
        logs.forEach(log -> assertTrue(log.lists.containsKey(Clerk.cardPrefix(log.clerk, 0)),
                "clerk " + log.clerk + " could not import with the others"));
        int saved = logs.stream().mapToInt(ClerkLog::saved).sum();
        int refused = logs.stream().mapToInt(log -> log.refused).sum();
        int ratings = logs.stream().mapToInt(log -> log.rated.size()).sum();
        int meetings = logs.stream().mapToInt(ClerkLog::meetings).sum();
        int lists = logs.stream().mapToInt(ClerkLog::imports).sum();
        System.out.printf("FiveClerksTest (%s, %.1f s): %d edits saved, %d refused as stale, %d people rated,"
                        + " %d meetings, %d lists imported (%d people); all counts match%n", how, nanos / 1e9, saved,
                refused, ratings, meetings, lists, importedRows);
    }

    private ClerkLog readLog(int clerk, BufferedReader out) throws IOException {
        List<String> lines = new ArrayList<>();
        boolean log = false;
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (log) {
                lines.add(line);
            } else if (line.equals("LOG")) {
                log = true;
            } else {
                System.out.println("clerk " + clerk + ": " + line);
            }
        }
        assertTrue(log, "clerk " + clerk + " printed no log");
        return ClerkLog.parse(clerk, lines);
    }

    private Process start(int clerk) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), ClerkWork.class.getName(), server.url(), server.user(),
                String.valueOf(clerk), temp.resolve("thu-ky-" + clerk).toString(), String.valueOf(duration().toSeconds()));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private Connection connect() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.url());
        source.setUser(server.user().isEmpty() ? null : server.user());
        source.setPassword(server.password().isEmpty() ? null : server.password());
        return source.getConnection();
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Duration duration() {
        String seconds = System.getenv("DANGVU_CLERKS_SECONDS");
        return Duration.ofSeconds(seconds == null || seconds.isBlank() ? 15 : Long.parseLong(seconds.strip()));
    }

    private static void await(CyclicBarrier start) {
        try {
            start.await(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
