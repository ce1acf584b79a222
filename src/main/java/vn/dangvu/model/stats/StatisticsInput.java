package vn.dangvu.model.stats;

import java.util.List;
import vn.dangvu.model.merge.CombinedUnits;

/**
 * Everything the calculator reads, loaded in a few queries.
 *
 * @param committee         the committee's name, null when none is recorded
 * @param scopes            where the other side of each transfer was, on its date
 * @param ratings           the ratings of the report's rating year
 * @param lastYearRatings   the ratings of the year before
 * @param combined          the former units merged in, named in the heading of a report reaching before their join
 */
public record StatisticsInput(String committee, TransferScopes scopes, List<MemberFacts> members,
                              BranchDirectory branches, YearRatings ratings, YearRatings lastYearRatings,
                              CombinedUnits combined) {

    public StatisticsInput {
        members = List.copyOf(members);
        scopes = scopes == null ? TransferScopes.fixed(HomeArea.UNKNOWN) : scopes;
        combined = combined == null ? CombinedUnits.NONE : combined;
    }

    /** A committee that was never merged, in one area on every day. */
    public StatisticsInput(String committee, HomeArea homeArea, List<MemberFacts> members, BranchDirectory branches,
                           YearRatings ratings, YearRatings lastYearRatings) {
        this(committee, TransferScopes.fixed(homeArea == null ? HomeArea.UNKNOWN : homeArea), members, branches,
                ratings, lastYearRatings, CombinedUnits.NONE);
    }
}
