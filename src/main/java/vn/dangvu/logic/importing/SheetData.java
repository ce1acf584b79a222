package vn.dangvu.logic.importing;

import java.util.List;

/**
 * One sheet as plain values, blank rows left out. A cell is null (blank), a String, a Double
 * (a number cell without a date format), a {@link java.time.LocalDate} (a cell with a date
 * format) or a Boolean.
 */
public record SheetData(String name, List<Row> rows) {

    /** @param number the row number Excel shows (1-based) */
    public record Row(int number, Object[] cells) {

        public Object cell(int column) {
            return column < cells.length ? cells[column] : null;
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
