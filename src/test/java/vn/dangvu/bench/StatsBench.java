package vn.dangvu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.stats.StatisticsJson;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.model.stats.ChangeLine;
import vn.dangvu.model.stats.StatisticsCalculator;
import vn.dangvu.model.stats.StatisticsInput;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;

/**
 * Times a year's statistics on a demo database against the floor: one SQL aggregate that
 * counts đảng số on a day over the same events. Run on a copy of the database:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dmain.class=vn.dangvu.bench.StatsBench -Dexec.args="DIR 2024"}
 * (a third argument sets H2's page cache in MB for the run, to see what the cache size costs).
 */
public final class StatsBench {

    /** Events that bring a person into đảng số, and those that take them out. */
    private static final String FLOOR = """
            SELECT COUNT(*) FROM (
              SELECT MAX(DATEDIFF(DAY, DATE '1900-01-01', event_date) * 10000000000 + id * 2
                         + CASE WHEN type IN ('ADMITTED', 'READMITTED', 'TRANSFERRED_IN', 'RESTORED') THEN 1 ELSE 0 END) k
              FROM membership_event USE INDEX ()
              WHERE event_date <= ?
                AND (type IN ('READMITTED', 'TRANSFERRED_IN', 'RESTORED', 'TRANSFERRED_OUT', 'REMOVED', 'EXPELLED',
                              'RESIGNED', 'DIED', 'HOSTING_STARTED', 'HOSTING_ENDED')
                     OR type = 'ADMITTED' AND branch_id IS NOT NULL)
              GROUP BY member_id) last_change
            WHERE MOD(k, 2) = 1""";

    /** Reading every event once, then every person once: no statistics can be cheaper than both. */
    private static final String SCAN = "SELECT COUNT(branch_id) FROM membership_event USE INDEX () WHERE event_date <= ?";
    private static final String PEOPLE = "SELECT COUNT(professional_level) FROM member WHERE birth_date <= ?";

    private StatsBench() {
    }

    public static void main(String[] args) throws SQLException {
        Path folder = Path.of(args[0]);
        int year = args.length > 1 ? Integer.parseInt(args[1]) : LocalDate.now().getYear() - 1;
        StatisticsPeriod period = StatisticsPeriod.year(year);
        long t0 = System.nanoTime();
        try (Database db = Database.open(folder);
             Connection sql = DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.FILE_NAME)
                     + ";COLLATION=DEFAULT_VI", "sa", "")) {
            System.out.printf("mở CSDL %d ms%n", ms(t0));
            if (args.length > 2) {
                // An experiment: H2's page cache (16 MB by default) against the whole database.
                try (var statement = sql.createStatement()) {
                    statement.execute("SET CACHE_SIZE " + Integer.parseInt(args[2]) * 1024);
                }
                System.out.printf("bộ nhớ đệm của H2: %s MB%n", args[2]);
            }
            StatisticsService service = new StatisticsService(db);
            System.out.println("thời gian: đồng hồ / CPU của luồng (CPU ít phụ thuộc máy đang bận)");
            for (int run = 1; run <= 5; run++) {
                // A different day each run: H2 would otherwise answer a repeated query from its result cache.
                LocalDate day = period.to().minusDays(run - 1);
                Timer timer = new Timer();
                int scanned = count(sql, SCAN, day);
                String scanTime = timer.lap();
                count(sql, PEOPLE, day);
                String peopleTime = timer.lap();
                int floor = count(sql, FLOOR, day);
                String floorTime = timer.lap();
                StatisticsInput input = service.load(period.ratingYear());
                String loadTime = timer.lap();
                StatisticsReport report = StatisticsCalculator.compute(input, period);
                String computeTime = timer.lap();
                service.report(period);
                String reportTime = timer.lap();
                String json = StatisticsJson.render(report);
                String jsonTime = timer.lap();
                System.out.printf("lần %d: quét sự kiện (%,d) %s, quét người %s | sàn SQL đảng số ngày %s = %,d: %s%n"
                                + "       báo cáo %s = đọc %,d người %s + tính %s | JSON %s (%,d ký tự) | cuối kỳ %,d, A+B−C=D %s%n",
                        run, scanned, scanTime, peopleTime, day, floor, floorTime, reportTime, input.members().size(), loadTime,
                        computeTime, jsonTime, json.length(), report.change().get(ChangeLine.CLOSING).value(),
                        report.change().balanced());
            }
        }
    }

    private static int count(Connection sql, String query, LocalDate day) throws SQLException {
        try (PreparedStatement statement = sql.prepareStatement(query)) {
            statement.setObject(1, day);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** Wall-clock and this thread's CPU time since the last lap; H2 runs in the calling thread. */
    private static final class Timer {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long wall = System.nanoTime();
        private long cpu = threads.getCurrentThreadCpuTime();

        String lap() {
            long nowWall = System.nanoTime();
            long nowCpu = threads.getCurrentThreadCpuTime();
            String text = (nowWall - wall) / 1_000_000 + " / " + (nowCpu - cpu) / 1_000_000 + " ms";
            wall = nowWall;
            cpu = nowCpu;
            return text;
        }
    }
}
