package vn.dangvu.model.stats;

import java.util.List;

/**
 * The period statistics, computed once and handed to every renderer (JSON, Excel, screen):
 * Biểu 1 ({@link #change}), Biểu 2 ({@link #newMembers}), Biểu 3 ({@link #members}), Biểu 4 ({@link #ethnicities},
 * {@link #religions}), đảng số per branch and the ratings of the year of {@code period.to()}.
 * Every figure carries the same period last year and the ids behind it.
 *
 * @param committee the committee's name, null when the database has none yet
 * @param combines  which former units the figures combine ("Số liệu gộp của: …"), null when none joined
 *                  within the days the report's columns cover (decision 0018)
 */
public record StatisticsReport(String committee, StatisticsPeriod period, ChangeTable change,
                               NewMemberTable newMembers, MembershipTable members, Breakdown ethnicities, Breakdown religions,
                               List<BranchLine> branches, RatingTable ratings, String combines) {

    public StatisticsReport {
        branches = List.copyOf(branches);
    }

    /** The period the "last year" figures describe. */
    public StatisticsPeriod lastYearPeriod() {
        return period.sameLastYear();
    }
}
