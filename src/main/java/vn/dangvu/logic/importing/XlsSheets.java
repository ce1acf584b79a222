package vn.dangvu.logic.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Old .xls workbooks (at most 65,536 rows a sheet) through POI's WorkbookFactory. */
final class XlsSheets {

    private XlsSheets() {
    }

    static WorkbookData read(String fileName, POIFSFileSystem fs) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(fs)) {
            List<SheetData> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                List<SheetData.Row> rows = new ArrayList<>();
                for (Row row : sheet) {
                    Object[] cells = new Object[Math.max(0, Math.min(row.getLastCellNum(), XlsxSheets.MAX_COLUMNS))];
                    boolean any = false;
                    for (Cell cell : row) {
                        if (cell.getColumnIndex() < cells.length) {
                            Object value = value(cell, cell.getCellType());
                            cells[cell.getColumnIndex()] = value;
                            any |= value != null;
                        }
                    }
                    if (any) {
                        rows.add(new SheetData.Row(row.getRowNum() + 1, cells));
                    }
                }
                sheets.add(new SheetData(sheet.getSheetName(), rows));
            }
            return new WorkbookData(fileName, sheets);
        }
    }

    private static Object value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> XlsxSheets.text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : (Object) cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            case ERROR -> "#LỖI";
            default -> null;
        };
    }
}
