package vn.dangvu.logic.importing;

import java.time.LocalDate;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.PersonName;

/** Reads the cells of one data row by column, reporting every problem with its row and column. */
final class RowReader {

    private final Table table;
    private final SheetData.Row row;
    private final Problems problems;
    private final LocalDate today;
    private boolean failed;

    RowReader(Table table, SheetData.Row row, Problems problems, LocalDate today) {
        this.table = table;
        this.row = row;
        this.problems = problems;
        this.today = today;
    }

    int number() {
        return row.number();
    }

    /** True once an error was reported on this row. */
    boolean failed() {
        return failed;
    }

    Object raw(ImportColumn column) {
        Integer index = table.columns.get(column);
        return index == null ? null : row.cell(index);
    }

    boolean isBlank(ImportColumn column) {
        return Cells.text(raw(column)) == null;
    }

    /** True when no known column except those given has a value (a numbered but empty line). */
    boolean blankExcept(ImportColumn... ignored) {
        for (ImportColumn column : table.columns.keySet()) {
            if (!java.util.List.of(ignored).contains(column) && !isBlank(column)) {
                return false;
            }
        }
        return true;
    }

    /** Trimmed, inner spaces collapsed, NFC; null when blank. */
    String text(ImportColumn column) {
        String text = Cells.text(raw(column));
        return text == null ? null : PersonName.clean(text);
    }

    /** Like {@link #text} but an error when blank. */
    String requiredText(ImportColumn column) {
        String text = text(column);
        if (text == null) {
            missing(column);
        }
        return text;
    }

    void missing(ImportColumn column) {
        error(column, "Chưa có giá trị (cột bắt buộc).");
    }

    /** A date, not in the future; null (with an error) when it is not a date. */
    LocalDate date(ImportColumn column, boolean required) {
        Cells.DateOrReason parsed = Cells.date(raw(column));
        if (parsed.reason() != null) {
            error(column, parsed.reason());
            return null;
        }
        if (parsed.date() == null) {
            if (required) {
                missing(column);
            }
            return null;
        }
        if (parsed.date().isAfter(today)) {
            error(column, "Ngày " + DateFormats.format(parsed.date()) + " ở tương lai.");
            return null;
        }
        if (parsed.date().getYear() < 1890) {
            error(column, "Ngày " + DateFormats.format(parsed.date()) + " quá xa trong quá khứ; hãy kiểm tra năm.");
            return null;
        }
        return parsed.date();
    }

    void error(ImportColumn column, String message) {
        failed = true;
        problems.error(table.sheet, row.number(), column, message);
    }

    void warn(ImportColumn column, String message) {
        problems.warn(table.sheet, row.number(), column, message);
    }

    String sheet() {
        return table.sheet;
    }
}
