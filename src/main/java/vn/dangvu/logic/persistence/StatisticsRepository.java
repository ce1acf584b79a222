package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_FORMER_NAME;
import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_RATING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.stats.BranchDirectory;
import vn.dangvu.model.stats.MemberFacts;
import vn.dangvu.model.stats.YearRatings;

/**
 * What the period statistics read: every person with the attributes the tables break down by
 * and all their events. Both are walked in the order of the person's id along an index that
 * carries every column read ({@link IndexWalk}), so a person's events meet their facts without a
 * lookup table. Rows are read straight from the JDBC result set: building a jOOQ record for each
 * of several hundred thousand rows would cost more than the statistics themselves. A column
 * added here belongs in the index the read walks (V17, V20, V26), or the read goes back to the wide
 * rows, several times slower.
 */
public final class StatisticsRepository {

    private final DSLContext dsl;

    StatisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Everyone ever in the register with their histories, by id. */
    public List<MemberFacts> members() {
        Map<String, String> shared = new HashMap<>();
        List<MemberFacts> people = new ArrayList<>();
        List<Facts> chunk = new ArrayList<>(IndexWalk.CHUNK);
        IndexWalk.walk(dsl, IndexWalk.along(dsl, MEMBER, "MEMBER_STATISTICS_FACTS"), MEMBER.ID, List.of(MEMBER.SEX,
                        MEMBER.BIRTH_DATE, MEMBER.ETHNICITY, MEMBER.RELIGION, MEMBER.POLITICAL_THEORY,
                        MEMBER.GENERAL_EDUCATION, MEMBER.PROFESSIONAL_LEVEL, MEMBER.OCCUPATION, MEMBER.YOUTH_UNION_DATE),
                DSL.noCondition(), List.of(MEMBER.ID.asc()), rs -> {
                    String theory = rs.getString(6);
                    chunk.add(new Facts(rs.getLong(1), MemberRepository.sex(rs.getString(2)),
                            rs.getObject(3, LocalDate.class), share(shared, rs.getString(4)), share(shared, rs.getString(5)),
                            theory == null ? PoliticalTheory.NONE : PoliticalTheory.valueOf(theory),
                            share(shared, rs.getString(7)), share(shared, rs.getString(8)), share(shared, rs.getString(9)),
                            rs.getObject(10, LocalDate.class) != null));
                }, (first, last) -> {
                    EventHistories histories = histories(first, last, shared);
                    for (Facts f : chunk) {
                        people.add(new MemberFacts(f.id, f.sex, f.birthDate, f.ethnicity, f.religion, f.theory,
                                f.education, f.professional, f.occupation, f.youthUnion, histories.next(f.id)));
                    }
                    chunk.clear();
                });
        return people;
    }

    /** A person's row until their events are read. */
    private record Facts(long id, Sex sex, LocalDate birthDate, String ethnicity, String religion, PoliticalTheory theory,
                         String education, String professional, String occupation, boolean youthUnion) {
    }

    /** The events of the people with ids first..last, along the index of each person's events (V17). */
    private EventHistories histories(long first, long last, Map<String, String> shared) {
        EventHistories histories = new EventHistories();
        IndexWalk.each(dsl.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID,
                        MEMBERSHIP_EVENT.TYPE, MEMBERSHIP_EVENT.BRANCH_ID, MEMBERSHIP_EVENT.OTHER_ORGANISATION,
                        MEMBERSHIP_EVENT.OTHER_PROVINCE, MEMBERSHIP_EVENT.OTHER_DISTRICT)
                .from(IndexWalk.along(dsl, MEMBERSHIP_EVENT, "MEMBERSHIP_EVENT_MEMBER"))
                .where(MEMBERSHIP_EVENT.MEMBER_ID.between(first, last))
                .orderBy(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID), rs -> {
                    long branch = rs.getLong(5);
                    Long branchId = rs.wasNull() ? null : branch;
                    String organisation = rs.getString(6);
                    String province = rs.getString(7);
                    String district = rs.getString(8);
                    OtherOrganisation other = organisation == null && province == null && district == null ? null
                            : new OtherOrganisation(share(shared, organisation), share(shared, province),
                            share(shared, district));
                    histories.add(rs.getLong(1), new MembershipEvent(rs.getLong(3), type(rs.getString(4)),
                            rs.getObject(2, LocalDate.class), branchId, null, other, null, null));
                });
        return histories.done();
    }

    /** The grades recorded for a year, members and branches. */
    public YearRatings ratings(int year) {
        Map<Long, RatingGrade> members = new HashMap<>();
        IndexWalk.walk(dsl, IndexWalk.along(dsl, MEMBER_RATING, "MEMBER_RATING_YEAR"), MEMBER_RATING.MEMBER_ID, List.of(MEMBER_RATING.GRADE),
                MEMBER_RATING.RATING_YEAR.eq(year), List.of(MEMBER_RATING.RATING_YEAR.asc(), MEMBER_RATING.MEMBER_ID.asc()),
                rs -> members.put(rs.getLong(1), grade(rs.getString(2))), (first, last) -> { });
        Map<Long, RatingGrade> branches = new HashMap<>();
        dsl.select(BRANCH_RATING.BRANCH_ID, BRANCH_RATING.GRADE).from(BRANCH_RATING)
                .where(BRANCH_RATING.RATING_YEAR.eq(year)).forEach(r -> branches.put(r.value1(), grade(r.value2())));
        return new YearRatings(year, members, branches);
    }

    /** Every earlier name of every branch. */
    public List<BranchDirectory.FormerName> formerBranchNames() {
        return dsl.select(BRANCH_FORMER_NAME.BRANCH_ID, BRANCH_FORMER_NAME.NAME, BRANCH_FORMER_NAME.VALID_UNTIL)
                .from(BRANCH_FORMER_NAME)
                .fetch(r -> new BranchDirectory.FormerName(r.value1(), r.value2(), r.value3()));
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
