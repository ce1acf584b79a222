package vn.dangvu.logic.export;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;

/**
 * One row of a {@link TableSheet}, filled from the left: each method writes the next cell.
 * Cells left unwritten stay empty and boxed.
 */
public final class TableRow {

    private final TableSheet sheet;
    private final Row row;
    private final boolean total;
    private final SheetStyles styles;
    private int column;

    TableRow(TableSheet sheet, Row row, boolean total) {
        this.sheet = sheet;
        this.row = row;
        this.total = total;
        this.styles = sheet.styles();
    }

    /** Wrapped text, left aligned; null leaves the cell empty. */
    public TableRow text(String value) {
        return string(value, total ? styles.totalLabel : styles.text);
    }

    /** Short text centred (Nam/Nữ, a grade). */
    public TableRow centred(String value) {
        return string(value, total ? styles.totalLabel : styles.centred);
    }

    /** An identifier kept exactly as text, leading zeros included (số thẻ đảng viên, số lý lịch). */
    public TableRow code(String value) {
        return string(value, styles.code);
    }

    /** A whole number shown 8.341 on Vietnamese Windows; counted in the column's total row. */
    public TableRow number(long value) {
        Cell cell = next(total ? styles.totalInteger : styles.integer);
        cell.setCellValue(value);
        if (!total) {
            sheet.addToSum(cell.getColumnIndex(), value);
        }
        return this;
    }

    /** A share kept as a number (0.1178) and shown 11,78% on Vietnamese Windows. */
    public TableRow percent(double fraction) {
        next(total ? styles.totalPercent : styles.percent).setCellValue(fraction);
        return this;
    }

    /** A real date cell shown dd/mm/yyyy; null leaves the cell empty. */
    public TableRow date(LocalDate value) {
        Cell cell = next(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    /**
     * An Excel formula shown as a whole number, e.g. {@code "C8-D8"}; {@code value} is what it
     * computes to, stored with it for readers that do not recalculate.
     */
    public TableRow formula(String formula, double value) {
        Cell cell = next(total ? styles.totalInteger : styles.integer);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        return this;
    }

    /** An Excel formula shown as a percentage, e.g. {@code "C8/D8"}, with the fraction it computes to. */
    public TableRow percentFormula(String formula, double fraction) {
        Cell cell = next(total ? styles.totalPercent : styles.percent);
        cell.setCellFormula(formula);
        cell.setCellValue(fraction);
        return this;
    }

    /** Leaves the next cell empty. */
    public TableRow skip() {
        next(null);
        return this;
    }

    /** Moves to a column (0-based) to write there next. */
    public TableRow at(int newColumn) {
        if (newColumn < 0 || newColumn >= sheet.columnCount()) {
            throw new IllegalArgumentException("Cột " + newColumn + " ngoài biểu (" + sheet.columnCount() + " cột).");
        }
        column = newColumn;
        return this;
    }

    /** The row's index on the sheet (0-based), for charts and formulas over several rows. */
    public int rowIndex() {
        return row.getRowNum();
    }

    /** The A1 reference of this row's cell in a column (0-based), for formulas: "C12". */
    public String reference(int atColumn) {
        return new CellReference(row.getRowNum(), atColumn).formatAsString(false);
    }

    private TableRow string(String value, CellStyle style) {
        Cell cell = next(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
            sheet.fit(row, cell.getColumnIndex(), value);
        }
        return this;
    }

    private Cell next(CellStyle style) {
        if (column >= sheet.columnCount()) {
            throw new IllegalStateException("Dòng có nhiều ô hơn số cột của biểu (" + sheet.columnCount() + ").");
        }
        Cell cell = row.getCell(column++);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }
}
