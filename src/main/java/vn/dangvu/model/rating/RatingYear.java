package vn.dangvu.model.rating;

import java.util.List;
import java.util.Map;
import vn.dangvu.model.Branch;
import vn.dangvu.model.discipline.Discipline;

/**
 * Everything the rating screen needs for one year of the whole committee, read at once so
 * that changing branch, and checking, needs no further query.
 *
 * @param candidates    the people concerned, in Vietnamese name order
 * @param entries       member id → the rating recorded
 * @param branches      the branches active on the rating day
 * @param branchGrades  branch id → grade
 * @param committeeGrade the committee's own grade, or null
 * @param disciplines   disciplinary decisions announced during the year
 */
public record RatingYear(int year, RatingRegime regime, List<RatingCandidate> candidates,
                         Map<Long, RatingEntry> entries, List<Branch> branches, Map<Long, RatingGrade> branchGrades,
                         RatingGrade committeeGrade, List<Discipline> disciplines) {

    public RatingYear {
        candidates = List.copyOf(candidates);
        entries = Map.copyOf(entries);
        branches = List.copyOf(branches);
        branchGrades = Map.copyOf(branchGrades);
        disciplines = List.copyOf(disciplines);
    }
}
