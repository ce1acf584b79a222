package vn.dangvu.model.stats;

import java.util.List;

/**
 * Everything the calculator reads, loaded in a few queries.
 *
 * @param committee         the committee's name, null when none is recorded
 * @param ratings           the ratings of the report's rating year
 * @param lastYearRatings   the ratings of the year before
 */
public record StatisticsInput(String committee, HomeArea homeArea, List<MemberFacts> members,
                              BranchDirectory branches, YearRatings ratings, YearRatings lastYearRatings) {

    public StatisticsInput {
        members = List.copyOf(members);
        homeArea = homeArea == null ? HomeArea.UNKNOWN : homeArea;
    }
}
