package vn.dangvu.logic.bench;

import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.rating.RatingService;
import vn.dangvu.model.rating.RatingDistribution;

/** Xếp loại đảng viên qua mười năm, as the ratings screen and workbook compute it. */
final class RatingsDistribution {

    private RatingsDistribution() {
    }

    static RatingDistribution tenYears(Database database, int lastYear) {
        return new RatingService(database, RuleTables.ratingRegimes(null))
                .distribution(lastYear - BenchData.RATING_YEARS + 1, lastYear);
    }
}
