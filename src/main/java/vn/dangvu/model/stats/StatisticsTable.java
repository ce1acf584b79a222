package vn.dangvu.model.stats;

import java.util.List;

/**
 * A period table ready to render: its official code ("Biểu 1"), title and rows, and
 * whether its figures count branches (branch ratings) rather than members. The screen and
 * the workbook both draw from these, so a number is never laid out twice in two ways.
 */
public record StatisticsTable(String code, String title, List<StatisticsRow> rows, boolean countsBranches) {

    public StatisticsTable {
        rows = List.copyOf(rows);
    }

    /** A table whose figures count members. */
    public StatisticsTable(String code, String title, List<StatisticsRow> rows) {
        this(code, title, rows, false);
    }
}
