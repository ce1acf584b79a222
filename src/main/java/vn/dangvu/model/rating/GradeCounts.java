package vn.dangvu.model.rating;

import java.util.EnumMap;
import java.util.Map;

/** How many were rated at each grade in one year (members or branches). */
public record GradeCounts(int year, Map<RatingGrade, Integer> counts) {

    public GradeCounts {
        EnumMap<RatingGrade, Integer> all = new EnumMap<>(RatingGrade.class);
        for (RatingGrade grade : RatingGrade.values()) {
            Integer count = counts.get(grade);
            all.put(grade, count == null ? 0 : count);
        }
        counts = java.util.Collections.unmodifiableMap(all);
    }

    public static GradeCounts none(int year) {
        return new GradeCounts(year, Map.of());
    }

    public int count(RatingGrade grade) {
        return counts.get(grade);
    }

    /** Everyone rated: the base of the percentages. */
    public int rated() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** HTTNV or better ("hoàn thành tốt nhiệm vụ trở lên"). */
    public int goodOrBetter() {
        return count(RatingGrade.EXCELLENT) + count(RatingGrade.GOOD);
    }

    /** "11,78%" of those rated. */
    public String share(RatingGrade grade) {
        return Shares.text(count(grade), rated());
    }

    public GradeCounts plus(GradeCounts other) {
        EnumMap<RatingGrade, Integer> sum = new EnumMap<>(RatingGrade.class);
        for (RatingGrade grade : RatingGrade.values()) {
            sum.put(grade, count(grade) + other.count(grade));
        }
        return new GradeCounts(year, sum);
    }
}
