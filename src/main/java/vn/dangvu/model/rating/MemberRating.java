package vn.dangvu.model.rating;

import vn.dangvu.model.Decision;

/**
 * A member's yearly rating (xếp loại chất lượng đảng viên, DOMAIN.md §9).
 *
 * @param score the 100-point score (from 2025), or null
 */
public record MemberRating(long memberId, int year, RatingGrade grade, Integer score, String note) {

    public MemberRating {
        java.util.Objects.requireNonNull(grade, "grade");
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("Điểm xếp loại phải từ 0 đến 100, không phải " + score + ".");
        }
        note = Decision.blankToNull(note);
    }
}
