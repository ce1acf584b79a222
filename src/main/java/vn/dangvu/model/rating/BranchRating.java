package vn.dangvu.model.rating;

import vn.dangvu.model.Decision;

/** A branch's yearly rating (xếp loại chi bộ, DOMAIN.md §9). */
public record BranchRating(long branchId, int year, RatingGrade grade, String note) {

    public BranchRating {
        java.util.Objects.requireNonNull(grade, "grade");
        note = Decision.blankToNull(note);
    }
}
