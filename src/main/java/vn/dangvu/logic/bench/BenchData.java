package vn.dangvu.logic.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.demo.DemoDataGenerator;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;

/**
 * The benchmark's database: the demo generator's members and histories, plus ten years of
 * ratings for everyone in đảng số at each year's end and a year of monthly meetings per active
 * branch (without attendance marks). Party fees do not exist in Đảng Vụ yet, so there are none.
 * Built once per folder and reused: a folder holding another number of members is refused.
 */
public final class BenchData {

    public static final int RATING_YEARS = 10;
    private static final String RECORDED_BY = "bench";

    private BenchData() {
    }

    /** @return true when the database was built now, false when an earlier one was reused */
    public static boolean prepare(BenchTarget target, int members, LocalDate today) {
        if (target.exists()) {
            try (Database database = target.open()) {
                int found = database.read(r -> r.bench().memberCount());
                if (found == members) {
                    return false;
                }
                if (found != 0) {
                    throw new RecordRejected("members", (target.server() == null ? "Thư mục " + target.folder()
                            : "Máy chủ " + target.server()) + " đã có " + found + " hồ sơ, không phải " + members
                            + ". Hãy chọn một thư mục (hoặc cơ sở dữ liệu) trống cho lần đo này.");
                }
            }
        }
        try (Database database = target.open()) {
            new DemoDataGenerator(1).fill(database, members, today);
            database.write(r -> {
                r.ratings().saveEntries(ratings(r, today), RECORDED_BY);
                meetings(r, today.getYear() - 1);
                return null;
            });
            database.file().ifPresent(DataFile::compactAndClose);
        }
        return true;
    }

    /**
     * Mostly "tốt", some "xuất sắc", a few "không hoàn thành", as offices report them, each with
     * the branch that rated the member, as the rating screen saves them.
     */
    private static List<RatingEntry> ratings(Repositories r, LocalDate today) {
        SplittableRandom random = new SplittableRandom(7);
        List<RegisterEntry> people = r.register().loadAll();
        List<RatingEntry> ratings = new ArrayList<>();
        for (int year = today.getYear() - RATING_YEARS; year < today.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            for (RegisterEntry person : people) {
                MembershipState state = person.history().stateOn(end);
                if (state.countsInPartyStrength()) {
                    ratings.add(new RatingEntry(person.id(), year, state.branchId(), grade(random.nextInt(100)), null,
                            null, null, null));
                }
            }
        }
        return ratings;
    }

    private static RatingGrade grade(int percent) {
        if (percent < 15) {
            return RatingGrade.EXCELLENT;
        }
        if (percent < 85) {
            return RatingGrade.GOOD;
        }
        return percent < 98 ? RatingGrade.COMPLETED : RatingGrade.NOT_COMPLETED;
    }

    private static void meetings(Repositories r, int year) {
        for (Branch branch : r.branches().all()) {
            for (int month = 1; month <= 12; month++) {
                LocalDate day = LocalDate.of(year, month, 5);
                if (branch.activeOn(day)) {
                    r.meetings().insert(new Meeting(null, 0, branch.id(), MeetingKind.REGULAR, day, LocalTime.of(19, 30),
                            LocalTime.of(21, 0), "Nhà văn hóa", null, null, null, null, null, null, null, List.of(),
                            null, null, null, List.of()), RECORDED_BY);
                }
            }
        }
    }
}
