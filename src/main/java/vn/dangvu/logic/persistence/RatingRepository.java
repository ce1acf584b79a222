package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.COMMITTEE_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_RATING;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.model.rating.BranchRating;
import vn.dangvu.model.rating.GradeCount;
import vn.dangvu.model.rating.MemberRating;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;

/** Yearly ratings of members and branches: one per member (or branch) and year. */
public final class RatingRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    RatingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The ratings of these members, in a few queries whatever their number. */
    public List<MemberRating> ofMembers(Collection<Long> memberIds) {
        List<MemberRating> ratings = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(memberIds, CHUNK)) {
            ratings.addAll(dsl.selectFrom(MEMBER_RATING).where(MEMBER_RATING.MEMBER_ID.in(chunk))
                    .fetch(r -> new MemberRating(r.getMemberId(), r.getRatingYear(), RatingGrade.valueOf(r.getGrade()),
                            r.getScore(), r.getNote())));
        }
        return ratings;
    }

    public List<BranchRating> ofBranches() {
        return dsl.selectFrom(BRANCH_RATING).fetch(r -> new BranchRating(r.getBranchId(), r.getRatingYear(),
                RatingGrade.valueOf(r.getGrade()), r.getNote()));
    }

    /** Inserts the ratings, replacing the one of the same member and year. */
    public void saveMemberRatings(List<MemberRating> ratings, String recordedBy) {
        String sql = Upsert.sql(dsl, MEMBER_RATING,
                List.of("MEMBER_ID", "RATING_YEAR", "GRADE", "SCORE", "NOTE", "RECORDED_BY", "RECORDED_AT"),
                List.of("MEMBER_ID", "RATING_YEAR"), List.of("?", "?", "?", "?", "?", "?", "CURRENT_TIMESTAMP"));
        JdbcBatch.run(dsl, sql, ratings, MEMBER_RATING.getName(), (statement, r) -> {
            statement.setLong(1, r.memberId());
            statement.setInt(2, r.year());
            statement.setString(3, r.grade().name());
            if (r.score() == null) {
                statement.setNull(4, Types.INTEGER);
            } else {
                statement.setInt(4, r.score());
            }
            statement.setString(5, r.note());
            statement.setString(6, recordedBy);
        });
    }

    /**
     * Inserts ratings that cannot exist yet (those of people inserted in the same transaction):
     * plain inserts, without the upsert's look for an older rating.
     */
    public void insertMemberRatings(List<MemberRating> ratings, String recordedBy) {
        JdbcBatch.insert(dsl, MEMBER_RATING, List.of(
                Column.of(MEMBER_RATING.MEMBER_ID, MemberRating::memberId),
                Column.of(MEMBER_RATING.RATING_YEAR, MemberRating::year),
                Column.of(MEMBER_RATING.GRADE, r -> r.grade().name()),
                Column.of(MEMBER_RATING.SCORE, MemberRating::score),
                Column.of(MEMBER_RATING.NOTE, MemberRating::note),
                Column.of(MEMBER_RATING.RECORDED_BY, r -> recordedBy)), ratings);
    }

    /** Inserts the ratings, replacing the one of the same branch and year. */
    public void saveBranchRatings(List<BranchRating> ratings, String recordedBy) {
        String sql = Upsert.sql(dsl, BRANCH_RATING,
                List.of("BRANCH_ID", "RATING_YEAR", "GRADE", "NOTE", "RECORDED_BY", "RECORDED_AT"),
                List.of("BRANCH_ID", "RATING_YEAR"), List.of("?", "?", "?", "?", "?", "CURRENT_TIMESTAMP"));
        JdbcBatch.run(dsl, sql, ratings, BRANCH_RATING.getName(), (statement, r) -> {
            statement.setLong(1, r.branchId());
            statement.setInt(2, r.year());
            statement.setString(3, r.grade().name());
            statement.setString(4, r.note());
            statement.setString(5, recordedBy);
        });
    }

    /** Every member's rating line of a year, with the branch, self-assessment and proposal. */
    public List<RatingEntry> ofYear(int year) {
        return dsl.selectFrom(MEMBER_RATING).where(MEMBER_RATING.RATING_YEAR.eq(year))
                .fetch(r -> new RatingEntry(r.getMemberId(), year, r.getBranchId(), RatingGrade.valueOf(r.getGrade()),
                        r.getScore(), grade(r.getSelfGrade()), grade(r.getProposedGrade()), r.getSickLeaveMonths(),
                        r.getNote()));
    }

    /** Inserts the rating lines, replacing those of the same member and year. */
    public void saveEntries(List<RatingEntry> entries, String recordedBy) {
        String sql = Upsert.sql(dsl, MEMBER_RATING,
                List.of("MEMBER_ID", "RATING_YEAR", "BRANCH_ID", "GRADE", "SCORE", "SELF_GRADE", "PROPOSED_GRADE",
                        "SICK_LEAVE_MONTHS", "NOTE", "RECORDED_BY", "RECORDED_AT"),
                List.of("MEMBER_ID", "RATING_YEAR"),
                List.of("?", "?", "?", "?", "?", "?", "?", "?", "?", "?", "CURRENT_TIMESTAMP"));
        JdbcBatch.run(dsl, sql, entries, MEMBER_RATING.getName(), (statement, e) -> {
            statement.setLong(1, e.memberId());
            statement.setInt(2, e.year());
            statement.setObject(3, e.branchId(), Types.BIGINT);
            statement.setString(4, e.grade().name());
            statement.setObject(5, e.score(), Types.INTEGER);
            statement.setString(6, e.selfGrade() == null ? null : e.selfGrade().name());
            statement.setString(7, e.proposedGrade() == null ? null : e.proposedGrade().name());
            statement.setObject(8, e.sickLeaveMonths(), Types.INTEGER);
            statement.setString(9, e.note());
            statement.setString(10, recordedBy);
        });
    }

    /** Removes the year's ratings of these members (grades cleared on the screen). */
    public void deleteMemberRatings(int year, Collection<Long> memberIds) {
        for (List<Long> chunk : Chunks.of(memberIds, CHUNK)) {
            dsl.deleteFrom(MEMBER_RATING).where(MEMBER_RATING.RATING_YEAR.eq(year))
                    .and(MEMBER_RATING.MEMBER_ID.in(chunk)).execute();
        }
    }

    public void deleteBranchRatings(int year, Collection<Long> branchIds) {
        dsl.deleteFrom(BRANCH_RATING).where(BRANCH_RATING.RATING_YEAR.eq(year))
                .and(BRANCH_RATING.BRANCH_ID.in(branchIds)).execute();
    }

    public Optional<RatingGrade> committeeRating(int year) {
        return dsl.select(COMMITTEE_RATING.GRADE).from(COMMITTEE_RATING).where(COMMITTEE_RATING.RATING_YEAR.eq(year))
                .fetchOptional(r -> RatingGrade.valueOf(r.value1()));
    }

    /** Records the committee's grade of a year; null removes it. */
    public void saveCommitteeRating(int year, RatingGrade grade, String recordedBy) {
        dsl.deleteFrom(COMMITTEE_RATING).where(COMMITTEE_RATING.RATING_YEAR.eq(year)).execute();
        if (grade != null) {
            dsl.insertInto(COMMITTEE_RATING, COMMITTEE_RATING.RATING_YEAR, COMMITTEE_RATING.GRADE, COMMITTEE_RATING.RECORDED_BY)
                    .values(year, grade.name(), recordedBy).execute();
        }
    }

    /**
     * Members rated per year, branch and grade, counted by the database. The branch is the one
     * that rated the member; for ratings that do not name it (imported), the branch the member
     * joined last on or before 31 December of that year.
     */
    public List<GradeCount> memberCounts(int fromYear, int toYear) {
        // Two queries: the ratings that name their branch are counted from the index alone; the
        // few without one (imported) look the branch up in the events, one subquery per rating.
        List<GradeCount> counts = new ArrayList<>(dsl.select(MEMBER_RATING.RATING_YEAR, MEMBER_RATING.BRANCH_ID,
                        MEMBER_RATING.GRADE, DSL.count()).from(MEMBER_RATING)
                .where(MEMBER_RATING.RATING_YEAR.between(fromYear, toYear)).and(MEMBER_RATING.BRANCH_ID.isNotNull())
                .groupBy(MEMBER_RATING.RATING_YEAR, MEMBER_RATING.BRANCH_ID, MEMBER_RATING.GRADE)
                .fetch(r -> new GradeCount(r.value1(), r.value2(), RatingGrade.valueOf(r.value3()), r.value4())));
        String unnamed = "SELECT r.RATING_YEAR, (SELECT e.BRANCH_ID FROM MEMBERSHIP_EVENT e"
                + " WHERE e.MEMBER_ID = r.MEMBER_ID AND e.BRANCH_ID IS NOT NULL"
                + " AND EXTRACT(YEAR FROM e.EVENT_DATE) <= r.RATING_YEAR"
                + " ORDER BY e.EVENT_DATE DESC, e.ID DESC FETCH FIRST ROW ONLY) AS B, r.GRADE, COUNT(*)"
                + " FROM MEMBER_RATING r WHERE r.RATING_YEAR BETWEEN ? AND ? AND r.BRANCH_ID IS NULL"
                + " GROUP BY r.RATING_YEAR, B, r.GRADE";
        counts.addAll(dsl.resultQuery(unnamed, fromYear, toYear).fetch(r -> new GradeCount(r.get(0, Integer.class),
                r.get(1, Long.class), RatingGrade.valueOf(r.get(2, String.class)), r.get(3, Integer.class))));
        return counts;
    }

    /** Branches rated per year and grade. */
    public List<GradeCount> branchCounts(int fromYear, int toYear) {
        return dsl.select(BRANCH_RATING.RATING_YEAR, BRANCH_RATING.GRADE, DSL.count()).from(BRANCH_RATING)
                .where(BRANCH_RATING.RATING_YEAR.between(fromYear, toYear))
                .groupBy(BRANCH_RATING.RATING_YEAR, BRANCH_RATING.GRADE)
                .fetch(r -> new GradeCount(r.value1(), null, RatingGrade.valueOf(r.value2()), r.value3()));
    }

    private static RatingGrade grade(String name) {
        return name == null ? null : RatingGrade.valueOf(name);
    }
}
