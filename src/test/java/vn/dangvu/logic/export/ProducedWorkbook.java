package vn.dangvu.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a workbook the app wrote, the way a test looks at it: texts, rows, fonts. */
public final class ProducedWorkbook implements AutoCloseable {

    private final XSSFWorkbook workbook;

    private ProducedWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    public static ProducedWorkbook open(Path file) throws IOException {
        try {
            return new ProducedWorkbook(new XSSFWorkbook(file.toFile()));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    public XSSFWorkbook workbook() {
        return workbook;
    }

    public Sheet sheet(int index) {
        return workbook.getSheetAt(index);
    }

    /** The row whose first non-empty cell reads exactly {@code text} (0-based index), or -1. */
    public static int rowStarting(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                    if (cell.getStringCellValue().equals(text)) {
                        return row.getRowNum();
                    }
                    break;
                }
            }
        }
        return -1;
    }

    /** Every non-empty string in the sheet, top to bottom, for "is this text on the page" checks. */
    public static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /** The strings of a row's cells, "" for empty cells, as many as {@code columns}. */
    public static List<String> strings(Sheet sheet, int rowIndex, int columns) {
        Row row = sheet.getRow(rowIndex);
        List<String> values = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Cell cell = row == null ? null : row.getCell(c);
            values.add(cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue());
        }
        return values;
    }

    /** What Excel shows in a cell, with the formats applied (English separators, as POI formats). */
    public static String shown(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    /** Every cell with a value is set in Times New Roman. */
    public void assertTimesNewRomanEverywhere() {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.BLANK) {
                        assertEquals("Times New Roman",
                                workbook.getFontAt(cell.getCellStyle().getFontIndex()).getFontName(),
                                "font of " + sheet.getSheetName() + "!" + cell.getAddress());
                    }
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
