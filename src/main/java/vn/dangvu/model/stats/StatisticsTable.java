package vn.dangvu.model.stats;

import java.util.List;

/**
 * A period table ready to render: which table it is, its official code ("Biểu 1"), title and
 * rows. The screen and the workbook both draw from these, so a number is never laid out twice
 * in two ways.
 */
public record StatisticsTable(Kind kind, String code, String title, List<StatisticsRow> rows) {

    /** The tables of a report, in the order they are handed in. */
    public enum Kind { CHANGE, NEW_MEMBERS, MEMBERSHIP, BREAKDOWN, BRANCHES, MEMBER_RATINGS, BRANCH_RATINGS }

    public StatisticsTable {
        rows = List.copyOf(rows);
    }

    /** Whether its figures count branches (the branch ratings) rather than members. */
    public boolean countsBranches() {
        return kind == Kind.BRANCH_RATINGS;
    }
}
