package vn.dangvu.model.rating;


/** One cell of a distribution as the database counts it: so many of a grade in a year (and branch). */
public record GradeCount(int year, Long branchId, RatingGrade grade, int count) {
}
