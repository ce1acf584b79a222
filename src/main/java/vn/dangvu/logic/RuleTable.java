package vn.dangvu.logic;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;

/**
 * One editable CSV rule table ({@code resources/rules/*.csv}), read by the rule all of them share
 * (resources/README.md): blank lines and lines starting with # are notes; the first other line is
 * the header and names the table's columns in order; cells are separated by ';' when the header
 * has one, else by ',' (Excel saves either, depending on the regional settings); a cell in double
 * quotes may hold the separator ("" is a quote inside it); the last column takes the rest of the
 * line, separators included, and missing cells at the end are empty. A mistake is refused in
 * Vietnamese with the file, the line and the column.
 */
public final class RuleTable {

    private final String source;
    private final List<Row> rows;

    private RuleTable(String source, List<Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    /**
     * @param text    the file's text (already decoded from UTF-8)
     * @param source  how to name the file in a message: "rules/dang-phi.csv" or the office's own copy
     * @param columns the header the table must have
     */
    public static RuleTable parse(String text, String source, String... columns) {
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        List<String> names = List.of(columns);
        List<Row> rows = new ArrayList<>();
        Character separator = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ", dòng " + (i + 1);
            if (separator == null) {
                separator = line.indexOf(';') >= 0 ? ';' : ',';
                checkHeader(cells(line, separator, columns.length, where), columns, where);
            } else {
                rows.add(new Row(source, names, i + 1, cells(line, separator, columns.length, where)));
            }
        }
        if (separator == null) {
            throw new IllegalArgumentException(source + ": thiếu dòng tiêu đề \"" + String.join(",", columns) + "\".");
        }
        return new RuleTable(source, rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** What the whole table builds; a refusal of it names the file. */
    public <T> T check(Supplier<T> build) {
        return refusedAt(source, build);
    }

    /** Runs {@code build}; its refusal (IllegalArgumentException, in Vietnamese) gets "where: " in front. */
    static <T> T refusedAt(String where, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void checkHeader(List<String> header, String[] columns, String where) {
        for (int c = 0; c < columns.length; c++) {
            if (!header.get(c).equalsIgnoreCase(columns[c])) {
                throw new IllegalArgumentException(where + ": dòng tiêu đề phải là \"" + String.join(",", columns)
                        + "\" (các cột cách nhau bằng dấu phẩy hoặc dấu chấm phẩy).");
            }
        }
    }

    /** The cells of a line, {@code count} of them: the last takes the rest of the line. */
    private static List<String> cells(String line, char separator, int count, String where) {
        List<String> cells = new ArrayList<>(count);
        int at = 0;
        while (cells.size() < count - 1 && at <= line.length()) {
            int start = skipSpaces(line, at);
            int end;
            if (start < line.length() && line.charAt(start) == '"') {
                StringBuilder cell = new StringBuilder();
                String column = where + ", cột " + (cells.size() + 1);
                end = skipSpaces(line, closingQuote(line, start, cell, column) + 1);
                if (end < line.length() && line.charAt(end) != separator) {
                    throw new IllegalArgumentException(column + ": sau dấu ngoặc kép đóng phải là dấu phân cách \""
                            + separator + "\".");
                }
                cells.add(cell.toString().strip());
            } else {
                end = line.indexOf(separator, start);
                end = end < 0 ? line.length() : end;
                cells.add(line.substring(start, end).strip());
            }
            at = end + 1;
        }
        cells.add(at > line.length() ? "" : last(line.substring(at).strip(), where + ", cột " + count));
        while (cells.size() < count) {
            cells.add("");
        }
        return cells;
    }

    /** The last cell: unquoted when it is one quoted text, else as written. */
    private static String last(String rest, String where) {
        if (rest.length() < 2 || rest.charAt(0) != '"') {
            return rest;
        }
        StringBuilder cell = new StringBuilder();
        return closingQuote(rest, 0, cell, where) == rest.length() - 1 ? cell.toString().strip() : rest;
    }

    /** Reads the quoted text opening at {@code open} into {@code cell}; returns where its closing quote is. */
    private static int closingQuote(String line, int open, StringBuilder cell, String where) {
        for (int i = open + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '"') {
                cell.append(c);
            } else if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else {
                return i;
            }
        }
        throw new IllegalArgumentException(where + ": thiếu dấu ngoặc kép đóng.");
    }

    private static int skipSpaces(String line, int at) {
        while (at < line.length() && line.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** A line of the table. Each reading of a cell refuses a bad value with the file, line and column. */
    public static final class Row {

        private final String source;
        private final List<String> columns;
        private final int line;
        private final List<String> cells;

        private Row(String source, List<String> columns, int line, List<String> cells) {
            this.source = source;
            this.columns = columns;
            this.line = line;
            this.cells = cells;
        }

        /** The cell as written, without surrounding spaces; empty when missing. */
        public String text(String column) {
            return cells.get(index(column));
        }

        /** The cell read by a rule of the model, whose refusal (IllegalArgumentException) is in Vietnamese. */
        public <T> T value(String column, Function<String, T> read) {
            int c = index(column);
            return refusedAt(source + ", dòng " + line + ", cột " + (c + 1) + " (" + column + ")",
                    () -> read.apply(cells.get(c)));
        }

        public int whole(String column) {
            return value(column, NumberFormats::parseWhole);
        }

        /** A whole number, or null when the cell is empty. */
        public Integer wholeOrNull(String column) {
            return text(column).isEmpty() ? null : whole(column);
        }

        /** A date written yyyy-MM-dd or dd/MM/yyyy. */
        public LocalDate date(String column) {
            return value(column, RuleTable::readDate);
        }

        /** What the line builds from its cells; a refusal of it names the file and the line. */
        public <T> T check(Supplier<T> build) {
            return refusedAt(source + ", dòng " + line, build);
        }

        private int index(String column) {
            int index = columns.indexOf(column);
            if (index < 0) {
                throw new IllegalStateException("Bảng " + source + " không có cột " + column);
            }
            return index;
        }
    }

    private static LocalDate readDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return DateFormats.parse(text).orElseThrow(() -> new IllegalArgumentException("ngày \"" + text
                    + "\" không hợp lệ (viết yyyy-MM-dd hoặc dd/MM/yyyy)."));
        }
    }
}
