package vn.dangvu.logic.merge;

/**
 * The figures of a merge (the merge command's JSON): people new here, joined with a record here,
 * found by an uncertain match; and the source's people in đảng số at the end of the join date.
 */
public record MergeCounts(int newPeople, int joined, int uncertain, int members, int official, int probationary,
                          int exempt) {
}
