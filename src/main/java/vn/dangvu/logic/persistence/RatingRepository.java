package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_RATING;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import vn.dangvu.model.BranchRating;
import vn.dangvu.model.MemberRating;
import vn.dangvu.model.RatingGrade;

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
        String sql = "MERGE INTO " + dsl.render(MEMBER_RATING)
                + " (MEMBER_ID, RATING_YEAR, GRADE, SCORE, NOTE, RECORDED_BY, RECORDED_AT)"
                + " KEY (MEMBER_ID, RATING_YEAR) VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)";
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

    /** Inserts the ratings, replacing the one of the same branch and year. */
    public void saveBranchRatings(List<BranchRating> ratings, String recordedBy) {
        String sql = "MERGE INTO " + dsl.render(BRANCH_RATING)
                + " (BRANCH_ID, RATING_YEAR, GRADE, NOTE, RECORDED_BY, RECORDED_AT)"
                + " KEY (BRANCH_ID, RATING_YEAR) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP)";
        JdbcBatch.run(dsl, sql, ratings, BRANCH_RATING.getName(), (statement, r) -> {
            statement.setLong(1, r.branchId());
            statement.setInt(2, r.year());
            statement.setString(3, r.grade().name());
            statement.setString(4, r.note());
            statement.setString(5, recordedBy);
        });
    }
}
