package vn.dangvu.logic.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles of an official table, made once per workbook (a workbook holds at most
 * 64,000 styles, so never one per cell). Times New Roman throughout: 13 pt for the document's
 * own lines, 12 pt inside the table.
 */
final class SheetStyles {

    static final String FONT = "Times New Roman";
    static final short TEXT_POINTS = 13;
    static final short TABLE_POINTS = 12;
    static final short TITLE_POINTS = 14;

    /**
     * Number formats are stored in Excel's neutral notation ("," groups, "." decimals) and shown
     * with the separators of the computer that opens the file: on Vietnamese Windows 8.341 and
     * 11,78%. A literal "." or "," in the format would print wrongly there, so none is used.
     */
    static final String INTEGER_FORMAT = "#,##0";
    static final String PERCENT_FORMAT = "0.00%";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    static final String TEXT_FORMAT = "@";

    final CellStyle headingPlain;
    final CellStyle headingBold;
    final CellStyle partyName;
    final CellStyle dateLine;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle centred;
    final CellStyle code;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle date;
    final CellStyle blank;
    final CellStyle section;
    final CellStyle totalLabel;
    final CellStyle totalInteger;
    final CellStyle totalPercent;
    final CellStyle signatureTitle;
    final CellStyle signatureRole;

    SheetStyles(Workbook workbook) {
        // The workbook's default font: cells without a style of their own are Times New Roman too,
        // and column widths are measured in its characters.
        Font standard = workbook.getFontAt(0);
        standard.setFontName(FONT);
        standard.setFontHeightInPoints(TABLE_POINTS);

        Font plain13 = font(workbook, TEXT_POINTS, false, false);
        Font bold13 = font(workbook, TEXT_POINTS, true, false);
        Font italic13 = font(workbook, TEXT_POINTS, false, true);
        Font bold14 = font(workbook, TITLE_POINTS, true, false);
        Font party = font(workbook, TEXT_POINTS, true, false);
        party.setUnderline(Font.U_SINGLE);
        Font cell = font(workbook, TABLE_POINTS, false, false);
        Font cellBold = font(workbook, TABLE_POINTS, true, false);
        DataFormat formats = workbook.createDataFormat();

        headingPlain = line(workbook, plain13);
        headingBold = line(workbook, bold13);
        partyName = line(workbook, party);
        dateLine = line(workbook, italic13);
        title = line(workbook, bold14);
        subtitle = line(workbook, bold13);
        subtitle.setWrapText(true);
        signatureTitle = line(workbook, bold13);
        signatureRole = line(workbook, plain13);

        header = boxed(workbook, cellBold, HorizontalAlignment.CENTER);
        text = boxed(workbook, cell, HorizontalAlignment.LEFT);
        centred = boxed(workbook, cell, HorizontalAlignment.CENTER);
        code = boxed(workbook, cell, HorizontalAlignment.CENTER);
        code.setDataFormat(formats.getFormat(TEXT_FORMAT));
        integer = boxed(workbook, cell, HorizontalAlignment.CENTER);
        integer.setDataFormat(formats.getFormat(INTEGER_FORMAT));
        percent = boxed(workbook, cell, HorizontalAlignment.CENTER);
        percent.setDataFormat(formats.getFormat(PERCENT_FORMAT));
        date = boxed(workbook, cell, HorizontalAlignment.CENTER);
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        blank = boxed(workbook, cell, HorizontalAlignment.LEFT);
        section = boxed(workbook, cellBold, HorizontalAlignment.LEFT);
        totalLabel = boxed(workbook, cellBold, HorizontalAlignment.CENTER);
        totalInteger = boxed(workbook, cellBold, HorizontalAlignment.CENTER);
        totalInteger.setDataFormat(formats.getFormat(INTEGER_FORMAT));
        totalPercent = boxed(workbook, cellBold, HorizontalAlignment.CENTER);
        totalPercent.setDataFormat(formats.getFormat(PERCENT_FORMAT));
    }

    private static Font font(Workbook workbook, short points, boolean bold, boolean italic) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    /** A line of the document outside the table: centred in its merged block, no border. */
    private static CellStyle line(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    /** A table cell: thin borders, wrapped, vertically centred. Numbers are centred as in the printed forms. */
    private static CellStyle boxed(Workbook workbook, Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
