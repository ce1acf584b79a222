package vn.dangvu.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.logic.export.TableSheet.SPAN_LEFT;
import static vn.dangvu.logic.export.TableSheet.SPAN_UP;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.model.Committee;

class OfficialWorkbookTest {

    private static final Committee HAI_YEN = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên");

    @TempDir
    Path folder;

    /** A ratings table as the statistics workbook will write it: two header levels, counts, shares, a total. */
    private Path ratingsWorkbook() {
        Path file = folder.resolve("xep-loai.xlsx");
        try (OfficialWorkbook book = new OfficialWorkbook(HAI_YEN, LocalDate.of(2024, 5, 30))) {
            TableSheet sheet = book.addSheet("Xếp loại", Orientation.LANDSCAPE, 6, 30, 10, 10, 10, 12);
            sheet.title("KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN").subtitle("Năm 2024");
            sheet.header(
                    new String[] {"STT", "Chi bộ", "Số đảng viên được xếp loại", "Trong đó", SPAN_LEFT, SPAN_LEFT},
                    new String[] {SPAN_UP, SPAN_UP, SPAN_UP, "HTXSNV", "HTTNV", "Tỷ lệ HTXSNV"},
                    new String[] {"1", "2", "3", "4", "5", "6"});
            TableRow first = sheet.row().number(1).text("Chi bộ thôn Nà Pàn").number(4373).number(597).number(3500);
            first.percentFormula(first.reference(3) + "/" + first.reference(2), 597.0 / 4373);
            TableRow second = sheet.row().number(2).text("Chi bộ thôn Khòn Pát").number(1000).number(100).number(800);
            second.percentFormula(second.reference(3) + "/" + second.reference(2), 0.1);
            TableRow total = sheet.totalRow("Tổng cộng", 2, 3, 4);
            total.at(5).percentFormula(total.reference(3) + "/" + total.reference(2), 697.0 / 5373);
            sheet.signatures();
            TableSheet second2 = book.addSheet("Ngày", Orientation.PORTRAIT, 6, 20, 14);
            second2.title("DANH SÁCH");
            second2.header(new String[] {"STT", "Số thẻ", "Ngày vào Đảng"});
            second2.row().number(1).code("01234567").date(LocalDate.of(2015, 7, 26));
            second2.row().number(2).code(null).date(null);
            book.save(file);
        }
        return file;
    }

    @Test
    void headingTitleAndSignaturesAreWhereTheFormsHaveThem() throws IOException {
        try (ProducedWorkbook produced = ProducedWorkbook.open(ratingsWorkbook())) {
            Sheet sheet = produced.sheet(0);
            assertEquals("Xếp loại", sheet.getSheetName());
            assertEquals(List.of("ĐẢNG BỘ HUYỆN TIÊN YÊN", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "", "", ""),
                    ProducedWorkbook.strings(sheet, 0, 6));
            assertEquals("ĐẢNG ỦY XÃ HẢI YẾN", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("*", sheet.getRow(2).getCell(0).getStringCellValue());
            Cell dateLine = sheet.getRow(2).getCell(2);
            assertEquals("Hải Yến, ngày 30 tháng 5 năm 2024", dateLine.getStringCellValue());
            assertTrue(produced.workbook().getFontAt(dateLine.getCellStyle().getFontIndex()).getItalic());
            Cell party = sheet.getRow(0).getCell(2);
            assertTrue(produced.workbook().getFontAt(party.getCellStyle().getFontIndex()).getBold());
            assertTrue(sheet.getMergedRegions().contains(CellRangeAddress.valueOf("C1:F1")), "party name over the right block");

            int title = ProducedWorkbook.rowStarting(sheet, "KẾT QUẢ XẾP LOẠI ĐẢNG VIÊN");
            assertTrue(produced.workbook().getFontAt(sheet.getRow(title).getCell(0).getCellStyle().getFontIndex())
                    .getBold());
            assertEquals("Năm 2024", sheet.getRow(title + 1).getCell(0).getStringCellValue());

            List<String> texts = ProducedWorkbook.texts(sheet);
            assertEquals(List.of("NGƯỜI LẬP BIỂU", "T/M ĐẢNG ỦY", "BÍ THƯ"), texts.subList(texts.size() - 3, texts.size()));
            produced.assertTimesNewRomanEverywhere();
        }
    }

    @Test
    void headerRowsMergeAndRepeatOnEveryPage() throws IOException {
        try (ProducedWorkbook produced = ProducedWorkbook.open(ratingsWorkbook())) {
            Sheet sheet = produced.sheet(0);
            int top = ProducedWorkbook.rowStarting(sheet, "STT");
            assertEquals(List.of("STT", "Chi bộ", "Số đảng viên được xếp loại", "Trong đó", "", ""),
                    ProducedWorkbook.strings(sheet, top, 6));
            assertEquals(List.of("", "", "", "HTXSNV", "HTTNV", "Tỷ lệ HTXSNV"),
                    ProducedWorkbook.strings(sheet, top + 1, 6));
            int excelRow = top + 1;
            assertTrue(sheet.getMergedRegions().contains(CellRangeAddress.valueOf("D" + excelRow + ":F" + excelRow)));
            assertTrue(sheet.getMergedRegions().contains(
                    CellRangeAddress.valueOf("A" + excelRow + ":A" + (excelRow + 1))), "STT spans two header rows");
            assertEquals(new CellRangeAddress(top, top + 2, -1, -1), sheet.getRepeatingRows());
            assertTrue(sheet.getRow(top).getCell(2).getCellStyle().getWrapText());
        }
    }

    @Test
    void totalRowsAreSumFormulasThatEvaluateToTheColumnTotals() throws IOException {
        try (ProducedWorkbook produced = ProducedWorkbook.open(ratingsWorkbook())) {
            Sheet sheet = produced.sheet(0);
            int totalRow = ProducedWorkbook.rowStarting(sheet, "Tổng cộng");
            Row total = sheet.getRow(totalRow);
            int firstBody = totalRow - 2 + 1; // 1-based row of the first body row
            assertEquals("SUM(C" + firstBody + ":C" + (firstBody + 1) + ")", total.getCell(2).getCellFormula());
            assertEquals(5373, total.getCell(2).getNumericCellValue(), "the sum is stored with the formula");

            FormulaEvaluator evaluator = produced.workbook().getCreationHelper().createFormulaEvaluator();
            assertEquals(5373, evaluator.evaluate(total.getCell(2)).getNumberValue());
            assertEquals(697, evaluator.evaluate(total.getCell(3)).getNumberValue());
            assertEquals(4300, evaluator.evaluate(total.getCell(4)).getNumberValue());
            assertEquals(697.0 / 5373, evaluator.evaluate(total.getCell(5)).getNumberValue(), 1e-12);
            assertEquals(597.0 / 4373, evaluator.evaluate(sheet.getRow(totalRow - 2).getCell(5)).getNumberValue(),
                    1e-12);
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(totalRow, totalRow, 0, 1)),
                    "the label covers the columns before the first sum");
        }
    }

    @Test
    void numbersAndPercentagesAreNumbersWithFormatsThatLocaliseToVietnamese() throws IOException {
        try (ProducedWorkbook produced = ProducedWorkbook.open(ratingsWorkbook())) {
            Sheet sheet = produced.sheet(0);
            Row first = sheet.getRow(ProducedWorkbook.rowStarting(sheet, "Tổng cộng") - 2);
            Cell count = first.getCell(2);
            assertEquals(CellType.NUMERIC, count.getCellType());
            assertEquals("#,##0", count.getCellStyle().getDataFormatString());
            assertEquals("4,373", ProducedWorkbook.shown(count), "shown 4.373 where the decimal mark is a comma");
            Cell share = first.getCell(5);
            assertEquals("0.00%", share.getCellStyle().getDataFormatString());
            assertEquals(597.0 / 4373, share.getNumericCellValue(), 1e-12);
        }
    }

    @Test
    void datesAreDateCellsAndCardNumbersKeepTheirLeadingZeros() throws IOException {
        try (ProducedWorkbook produced = ProducedWorkbook.open(ratingsWorkbook())) {
            Sheet sheet = produced.sheet(1);
            assertEquals("Ngày", sheet.getSheetName());
            assertFalse(sheet.getPrintSetup().getLandscape());
            Row row = sheet.getRow(ProducedWorkbook.rowStarting(sheet, "STT") + 1);
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
            assertEquals("01234567", row.getCell(1).getStringCellValue());
            assertEquals("@", row.getCell(1).getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2015, 7, 26), row.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("dd/mm/yyyy", row.getCell(2).getCellStyle().getDataFormatString());
            assertEquals("26/07/2015", ProducedWorkbook.shown(row.getCell(2)));
            Row empty = sheet.getRow(row.getRowNum() + 1);
            assertEquals(CellType.BLANK, empty.getCell(2).getCellType(), "an unknown date stays empty");
        }
    }

    @Test
    void pagesAreA4FittedToTheWidth() throws IOException {
        try (ProducedWorkbook produced = ProducedWorkbook.open(ratingsWorkbook())) {
            Sheet sheet = produced.sheet(0);
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            assertTrue(sheet.getFitToPage());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
        }
    }

    @Test
    void aFailedSaveLeavesTheExistingFileAsItWas() throws IOException {
        Path missingFolder = folder.resolve("không-có").resolve("biểu.xlsx");
        try (OfficialWorkbook book = new OfficialWorkbook(HAI_YEN, LocalDate.of(2024, 5, 30))) {
            book.addSheet("Biểu", Orientation.PORTRAIT, 6, 20).title("BIỂU");
            ExportFailed failed = assertThrows(ExportFailed.class, () -> book.save(missingFolder));
            assertTrue(failed.getMessage().startsWith("Không ghi được tệp "), failed.getMessage());
        }
        Path existing = folder.resolve("cũ.xlsx");
        Files.writeString(existing, "nội dung cũ");
        Files.createDirectory(folder.resolve("thư-mục.xlsx"));
        try (OfficialWorkbook book = new OfficialWorkbook(HAI_YEN, LocalDate.of(2024, 5, 30))) {
            book.addSheet("Biểu", Orientation.PORTRAIT, 6, 20).title("BIỂU");
            assertThrows(ExportFailed.class, () -> book.save(folder.resolve("thư-mục.xlsx")),
                    "a folder cannot be replaced by the file");
        }
        assertEquals("nội dung cũ", Files.readString(existing));
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file is left behind");
        }
    }
}
