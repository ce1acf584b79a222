package vn.dangvu.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.rating.RatingService;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.rating.RatingDistribution;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.rating.RatingRoll;

/**
 * Times the 10-year rating distribution on a demo database. Rates every member who must be
 * rated in each of the 10 years first (as the rating screen saves them, with their branch), then
 * counts five times; then once more with the branch left out, as imported ratings are. Run on a
 * copy: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dmain.class=vn.dangvu.bench.RatingBench
 * -Dexec.args="DIR 2015 2024"}.
 */
public final class RatingBench {

    private static final double[] SHARES = {0.12, 0.86, 0.015, 0.005};

    private RatingBench() {
    }

    public static void main(String[] args) throws SQLException {
        Path folder = Path.of(args[0]);
        int from = Integer.parseInt(args[1]);
        int to = Integer.parseInt(args[2]);
        try (Database db = Database.open(folder)) {
            RatingService ratings = new RatingService(db, RuleTables.ratingRegimes(null));
            rateEveryone(db, ratings, from, to);
            for (int run = 1; run <= 5; run++) {
                time("phân bố " + from + "–" + to + ", lần " + run, () -> ratings.distribution(from, to));
            }
            try (Connection sql = DriverManager.getConnection("jdbc:h2:file:"
                    + folder.toAbsolutePath().resolve(DataFile.FILE_NAME), "sa", "")) {
                sql.createStatement().executeUpdate("UPDATE member_rating SET branch_id = NULL");
            }
            for (int run = 1; run <= 2; run++) {
                time("không ghi chi bộ (nhập từ Excel), lần " + run, () -> ratings.distribution(from, to));
            }
        }
    }

    private static void rateEveryone(Database db, RatingService ratings, int from, int to) {
        RatingDistribution before = ratings.distribution(from, to);
        List<RegisterEntry> register = new RegisterService(db).loadRegister();
        Random random = new Random(5);
        for (int year = from; year <= to; year++) {
            if (before.members().years().get(year - from).rated() > 0) {
                continue; // rated by an earlier, interrupted run
            }
            List<RatingEntry> entries = new ArrayList<>();
            for (RegisterEntry person : register) {
                MembershipState state = person.history().stateOn(RatingRoll.ratingDay(year));
                if (RatingRoll.concerned(state) && RatingRoll.notRatedReason(person.history(), year).isEmpty()) {
                    entries.add(new RatingEntry(person.id(), year, state.branchId(), grade(random), null, null, null, null, null));
                }
            }
            ratings.saveMembers(year, entries, List.of(), "bench");
            System.out.printf("%d: %,d đảng viên được xếp loại%n", year, entries.size());
        }
    }

    private static RatingGrade grade(Random random) {
        double r = random.nextDouble();
        for (RatingGrade grade : RatingGrade.values()) {
            r -= SHARES[grade.ordinal()];
            if (r < 0) {
                return grade;
            }
        }
        return RatingGrade.GOOD;
    }

    private static void time(String label, java.util.function.Supplier<RatingDistribution> work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        RatingDistribution result = work.get();
        System.out.printf("%s: %d ms đồng hồ, %d ms CPU (%,d lượt, %d chi bộ)%n", label, (System.nanoTime() - wall) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, result.members().total().rated(),
                result.membersByBranch().size());
    }
}
