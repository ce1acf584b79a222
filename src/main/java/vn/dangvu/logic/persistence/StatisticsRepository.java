package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_FORMER_NAME;
import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_RATING;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.stats.BranchDirectory;
import vn.dangvu.model.stats.MemberFacts;
import vn.dangvu.model.stats.YearRatings;

/**
 * What the period statistics read: every person with the attributes the tables break down by
 * and all their events, in two table scans. Rows are read straight from the JDBC result set:
 * building a jOOQ record for each of several hundred thousand rows would cost more than the
 * statistics themselves. Every column read here is in the index the read walks (V17, V20): a column
 * added here belongs in that index too, or the read goes back to the wide rows, several times slower.
 */
public final class StatisticsRepository {

    private final DSLContext dsl;

    StatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Everyone ever in the register with their histories. */
    public List<MemberFacts> members() {
        Map<Long, List<MembershipEvent>> events = events();
        Map<String, String> shared = new HashMap<>();
        List<MemberFacts> people = new ArrayList<>(events.size());
        read(dsl.select(MEMBER.ID, MEMBER.SEX, MEMBER.BIRTH_DATE, MEMBER.ETHNICITY, MEMBER.RELIGION,
                MEMBER.POLITICAL_THEORY, MEMBER.GENERAL_EDUCATION, MEMBER.PROFESSIONAL_LEVEL, MEMBER.OCCUPATION,
                MEMBER.YOUTH_UNION_DATE).from(MEMBER), rs -> {
            long id = rs.getLong(1);
            String theory = rs.getString(6);
            people.add(new MemberFacts(id, MemberRepository.sex(rs.getString(2)), rs.getObject(3, LocalDate.class),
                    share(shared, rs.getString(4)), share(shared, rs.getString(5)),
                    theory == null ? PoliticalTheory.NONE : PoliticalTheory.valueOf(theory),
                    share(shared, rs.getString(7)), share(shared, rs.getString(8)), share(shared, rs.getString(9)),
                    rs.getObject(10, LocalDate.class) != null, MembershipHistory.of(events.getOrDefault(id, List.of()))));
        });
        return people;
    }

    private Map<Long, List<MembershipEvent>> events() {
        Map<Long, List<MembershipEvent>> events = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        read(dsl.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.ID, MEMBERSHIP_EVENT.TYPE,
                MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.BRANCH_ID, MEMBERSHIP_EVENT.OTHER_ORGANISATION,
                MEMBERSHIP_EVENT.OTHER_PROVINCE, MEMBERSHIP_EVENT.OTHER_DISTRICT).from(MEMBERSHIP_EVENT), rs -> {
            long branch = rs.getLong(5);
            Long branchId = rs.wasNull() ? null : branch;
            String organisation = rs.getString(6);
            String province = rs.getString(7);
            String district = rs.getString(8);
            OtherOrganisation other = organisation == null && province == null && district == null ? null
                    : new OtherOrganisation(share(shared, organisation), share(shared, province), share(shared, district));
            MembershipEvent event = new MembershipEvent(rs.getLong(2), type(rs.getString(3)),
                    rs.getObject(4, LocalDate.class), branchId, null, other, null, null);
            events.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>(4)).add(event);
        });
        return events;
    }

    /** The grades recorded for a year, members and branches. */
    public YearRatings ratings(int year) {
        Map<Long, RatingGrade> members = new HashMap<>();
        read(dsl.select(MEMBER_RATING.MEMBER_ID, MEMBER_RATING.GRADE).from(MEMBER_RATING)
                .where(MEMBER_RATING.RATING_YEAR.eq(year)), rs -> members.put(rs.getLong(1), grade(rs.getString(2))));
        Map<Long, RatingGrade> branches = new HashMap<>();
        read(dsl.select(BRANCH_RATING.BRANCH_ID, BRANCH_RATING.GRADE).from(BRANCH_RATING)
                .where(BRANCH_RATING.RATING_YEAR.eq(year)), rs -> branches.put(rs.getLong(1), grade(rs.getString(2))));
        return new YearRatings(year, members, branches);
    }

    /** Every earlier name of every branch. */
    public List<BranchDirectory.FormerName> formerBranchNames() {
        return dsl.select(BRANCH_FORMER_NAME.BRANCH_ID, BRANCH_FORMER_NAME.NAME, BRANCH_FORMER_NAME.VALID_UNTIL)
                .from(BRANCH_FORMER_NAME)
                .fetch(r -> new BranchDirectory.FormerName(r.value1(), r.value2(), r.value3()));
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void read(ResultQuery<?> query, RowReader reader) {
        StreamedReads.during(dsl, () -> {
            try (ResultSet rs = query.fetchSize(5000).fetchResultSet()) {
                while (rs.next()) {
                    reader.read(rs);
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("Không đọc được dữ liệu thống kê: " + e.getMessage(), e);
            }
        });
    }

    private static MembershipEventType type(String name) {
        try {
            return MembershipEventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Loại sự kiện không rõ trong dữ liệu: " + name, e);
        }
    }

    private static RatingGrade grade(String name) {
        try {
            return RatingGrade.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Xếp loại không rõ trong dữ liệu: " + name, e);
        }
    }

    private static String share(Map<String, String> shared, String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }
}
