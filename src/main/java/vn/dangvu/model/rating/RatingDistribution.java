package vn.dangvu.model.rating;

import java.util.List;

/**
 * The rating distribution over a span of years (seed 002 §10–11): members for the committee
 * and per branch, and the branches themselves. The one model behind the screen, the workbook
 * and the command line.
 */
public record RatingDistribution(int fromYear, int toYear, DistributionTable members,
                                 List<DistributionTable> membersByBranch, DistributionTable branches) {

    public RatingDistribution {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("Năm kết thúc (" + toYear + ") trước năm bắt đầu (" + fromYear + ").");
        }
        membersByBranch = List.copyOf(membersByBranch);
    }
}
