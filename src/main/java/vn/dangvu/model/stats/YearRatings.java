package vn.dangvu.model.stats;

import java.util.Map;
import vn.dangvu.model.rating.RatingGrade;

/**
 * The grades recorded for one year (xếp loại chất lượng).
 *
 * @param members  member id → grade
 * @param branches branch id → grade
 */
public record YearRatings(int year, Map<Long, RatingGrade> members, Map<Long, RatingGrade> branches) {

    public YearRatings {
        members = Map.copyOf(members);
        branches = Map.copyOf(branches);
    }

    public static YearRatings none(int year) {
        return new YearRatings(year, Map.of(), Map.of());
    }
}
