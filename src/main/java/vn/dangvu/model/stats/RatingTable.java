package vn.dangvu.model.stats;

import vn.dangvu.model.rating.RatingGrade;

/**
 * Xếp loại chất lượng of one year, with the year before as "last year". Members by grade count
 * every rating recorded for the year; {@code membersNotRated} are the members in đảng số at the
 * end of the year without one (exempt, admitted less than 6 months before, not yet entered).
 * Branch figures hold branch ids; {@code branchesNotRated} are the branches active at the end
 * of the year without a rating.
 */
public record RatingTable(int year, Figures<RatingGrade> members, Figure membersNotRated,
                          Figures<RatingGrade> branches, Figure branchesNotRated) {
}
