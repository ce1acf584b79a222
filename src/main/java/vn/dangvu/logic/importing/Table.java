package vn.dangvu.logic.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet read as a table: its header row found and matched to the known columns, its data
 * rows below. The header row is the first of the top rows that names at least two known
 * columns (a title line above it is common), else the first row.
 */
final class Table {

    private static final int HEADER_SEARCH_ROWS = 10;

    final String sheet;
    final int headerRow;
    final Map<ImportColumn, Integer> columns;
    final List<SheetData.Row> rows;
    final boolean complete;

    private Table(String sheet, int headerRow, Map<ImportColumn, Integer> columns, List<SheetData.Row> rows,
                  boolean complete) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.columns = columns;
        this.rows = rows;
        this.complete = complete;
    }

    /** Reports missing required columns (then {@link #complete} is false), repeated and unknown headers. */
    static Table read(SheetData data, List<ImportColumn> known, Problems problems) {
        List<SheetData.Row> all = data.rows();
        int headerIndex = 0;
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, all.size()); i++) {
            if (matchCount(all.get(i), known) >= Math.min(2, known.size())) {
                headerIndex = i;
                break;
            }
        }
        SheetData.Row header = all.get(headerIndex);
        Map<ImportColumn, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.cells().length; c++) {
            String text = Cells.text(header.cell(c));
            if (text == null) {
                continue;
            }
            ImportColumn column = find(known, text);
            if (column == null) {
                problems.warn(data.name(), header.number(), null, "Cột \"" + text.strip()
                        + "\" không có trong mẫu nhập nên được bỏ qua.");
            } else if (columns.containsKey(column)) {
                problems.warn(data.name(), header.number(), column, "Cột này có hai lần; chỉ dùng cột thứ nhất ("
                        + Cells.columnLetter(columns.get(column)) + "), bỏ qua cột " + Cells.columnLetter(c) + ".");
            } else {
                columns.put(column, c);
            }
        }
        boolean complete = true;
        for (ImportColumn column : known) {
            if (column.required() && !columns.containsKey(column)) {
                problems.error(data.name(), header.number(), column, "Thiếu cột bắt buộc \"" + column.label()
                        + "\" ở dòng tiêu đề (dòng " + header.number() + ").");
                complete = false;
            }
        }
        int first = headerIndex + 1;
        while (first < all.size() && first <= headerIndex + 2 && isColumnNumbering(all.get(first))) {
            first++;
        }
        List<SheetData.Row> rows = new ArrayList<>(all.subList(first, all.size()));
        return new Table(data.name(), header.number(), columns, rows, complete);
    }

    /** The "1 2 3 …" or "(1) (2) (3) …" line official forms put under their headers. */
    static boolean isColumnNumbering(SheetData.Row row) {
        int previous = 0;
        int count = 0;
        for (Object cell : row.cells()) {
            String text = Cells.text(cell);
            if (text == null) {
                continue;
            }
            String digits = text.replaceAll("[()\\s]", "");
            if (!digits.matches("\\d{1,3}") || Integer.parseInt(digits) <= previous) {
                return false;
            }
            previous = Integer.parseInt(digits);
            count++;
        }
        return count >= 3;
    }

    private static int matchCount(SheetData.Row row, List<ImportColumn> known) {
        int count = 0;
        for (Object cell : row.cells()) {
            String text = Cells.text(cell);
            if (text != null && find(known, text) != null) {
                count++;
            }
        }
        return count;
    }

    private static ImportColumn find(List<ImportColumn> known, String header) {
        for (ImportColumn column : known) {
            if (column.matches(header)) {
                return column;
            }
        }
        return null;
    }

    boolean has(ImportColumn column) {
        return columns.containsKey(column);
    }

    RowReader reader(SheetData.Row row, Problems problems, java.time.LocalDate today) {
        return new RowReader(this, row, problems, today);
    }
}
