package vn.dangvu.logic.importing;

import java.util.List;

/** The sheets of a workbook in their order, read into memory as plain values. */
public record WorkbookData(String fileName, List<SheetData> sheets) {
}
