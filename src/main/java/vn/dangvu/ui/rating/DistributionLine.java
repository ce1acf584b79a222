package vn.dangvu.ui.rating;

import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.rating.GradeCounts;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.rating.Shares;

/** One year of a distribution table on screen: counts and shares as the report prints them. */
public record DistributionLine(String scope, String year, GradeCounts counts) {

    public String count(RatingGrade grade) {
        return NumberFormats.count(counts.count(grade));
    }

    public String share(RatingGrade grade) {
        return counts.share(grade);
    }

    public String rated() {
        return NumberFormats.count(counts.rated());
    }

    /** "165/174, đạt 94,8%" as seed 003 writes it. */
    public String goodOrBetter() {
        return Shares.reached(counts.goodOrBetter(), counts.rated());
    }
}
