package vn.dangvu.logic.admission;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dangvu.model.Committee;
import vn.dangvu.model.admission.AdmissionYear;

/** Kết nạp đảng viên qua các năm as an Excel workbook in the layout the higher committee expects (DOMAIN.md §14). */
final class AdmissionWorkbook {

    private final Committee committee;
    private final LocalDate made;

    AdmissionWorkbook(Committee committee, LocalDate made) {
        this.committee = committee;
        this.made = made;
    }

    void write(OutputStream out, int fromYear, int toYear, String scopeName, List<AdmissionYear> years)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            byYear(book.createSheet("Kết nạp qua các năm"), styles, fromYear, toYear, scopeName, years);
            book.write(out);
        }
    }

    private void byYear(Sheet sheet, Styles s, int fromYear, int toYear, String scopeName, List<AdmissionYear> years) {
        int row = header(sheet, s, "KẾT NẠP ĐẢNG VIÊN QUA CÁC NĂM", scopeName + ", từ năm " + fromYear + " đến năm " + toYear);
        tableRow(sheet, row++, s.head, "Năm thực hiện", "Chỉ tiêu đề ra", "Thực hiện", "Tỷ lệ %");
        for (AdmissionYear year : years) {
            Row r = sheet.createRow(row++);
            text(r, 0, year.year() == 0 ? "Tổng" : String.valueOf(year.year()), year.year() == 0 ? s.boldCell : s.cell);
            if (year.target() != null) {
                number(r, 1, year.target(), s.count);
            } else {
                text(r, 1, "", s.cell);
            }
            number(r, 2, year.achieved(), s.count);
            if (year.percent().isPresent()) {
                number(r, 3, year.percent().get().doubleValue(), s.percent);
            } else {
                text(r, 3, "", s.cell);
            }
        }
        signatures(sheet, s, row + 1);
        for (int c = 0; c < 4; c++) {
            sheet.setColumnWidth(c, 18 * 256);
        }
    }

    /** Issuing body left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the date line right, then the title. */
    private int header(Sheet sheet, Styles s, String title, String subtitle) {
        Row first = sheet.createRow(0);
        text(first, 0, committee.superiorName() == null ? "" : committee.superiorName().toUpperCase(Locale.forLanguageTag("vi")),
                s.plain);
        text(first, 2, "ĐẢNG CỘNG SẢN VIỆT NAM", s.bold);
        Row second = sheet.createRow(1);
        text(second, 0, committee.name().toUpperCase(Locale.forLanguageTag("vi")), s.bold);
        text(second, 2, committee.placeName() + ", ngày " + made.getDayOfMonth() + " tháng " + made.getMonthValue()
                + " năm " + made.getYear(), s.italic);
        text(sheet.createRow(2), 0, "*", s.plain);
        Row titleRow = sheet.createRow(4);
        text(titleRow, 0, title, s.title);
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 3));
        Row sub = sheet.createRow(5);
        text(sub, 0, subtitle, s.italicCentered);
        sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 3));
        return 7;
    }

    private static void signatures(Sheet sheet, Styles s, int row) {
        Row r = sheet.createRow(row);
        text(r, 0, "NGƯỜI LẬP BIỂU", s.bold);
        text(r, 2, "T/M ĐẢNG ỦY", s.bold);
        text(sheet.createRow(row + 1), 2, "BÍ THƯ", s.bold);
    }

    private static void tableRow(Sheet sheet, int row, CellStyle style, String... titles) {
        Row r = sheet.createRow(row);
        for (int c = 0; c < titles.length; c++) {
            text(r, c, titles[c], style);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Times New Roman 13, as official documents are written. */
    private static final class Styles {
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle italicCentered;
        final CellStyle title;
        final CellStyle head;
        final CellStyle cell;
        final CellStyle boldCell;
        final CellStyle count;
        final CellStyle percent;

        Styles(XSSFWorkbook book) {
            plain = style(book, font(book, false, false, 13), false);
            bold = style(book, font(book, true, false, 13), false);
            italic = style(book, font(book, false, true, 13), false);
            italicCentered = style(book, font(book, false, true, 13), false);
            italicCentered.setAlignment(HorizontalAlignment.CENTER);
            title = style(book, font(book, true, false, 14), false);
            title.setAlignment(HorizontalAlignment.CENTER);
            head = style(book, font(book, true, false, 13), true);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setWrapText(true);
            cell = style(book, font(book, false, false, 13), true);
            boldCell = style(book, font(book, true, false, 13), true);
            count = style(book, font(book, false, false, 13), true);
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            percent = style(book, font(book, false, false, 13), true);
            percent.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }

        private static Font font(XSSFWorkbook book, boolean bold, boolean italic, int points) {
            Font font = book.createFont();
            font.setFontName("Times New Roman");
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setItalic(italic);
            return font;
        }

        private static CellStyle style(XSSFWorkbook book, Font font, boolean bordered) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
