package vn.dangvu.logic.export;

import java.util.Arrays;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One official table on its own sheet, laid out as the printed forms are: the heading block
 * (written on creation), title and subtitles, header rows repeated on every page, body rows,
 * optional section and total rows, and the signature blocks. Call the methods in the order the
 * parts appear on paper: rows cannot be revisited once written. Merged regions never overlap by
 * construction, so they are added without Excel's overlap check (which grows with the square of
 * their number: a 2,000-branch book has 2,000 section rows).
 */
public final class TableSheet {

    /** In {@link #header}: this cell belongs to the header cell on its left (a wider heading). */
    public static final String SPAN_LEFT = "\uE000";
    /** In {@link #header}: this cell belongs to the header cell above it (a taller heading). */
    public static final String SPAN_UP = "\uE001";

    /** Printed line height per point of font size, Times New Roman with Excel's leading. */
    private static final double LINE_HEIGHT = 1.3;
    /** Column widths count the digit "0"; ordinary text fits about 10% more characters than that. */
    private static final double TEXT_PER_DIGIT = 1.1;
    /** Bold capitals are wider than the average character that column widths are counted in. */
    private static final double BOLD_WIDTH = 1.15;
    /** Air above and below the headings, in points. */
    private static final float PADDING = 4;

    private final SXSSFSheet sheet;
    private final SheetStyles styles;
    private final DocumentHeading heading;
    private final double[] widths;
    private final int leftBlockEnd;
    private final double[] sums;
    private int nextRow;
    private int firstBodyRow = -1;
    private int lastBodyRow = -1;
    /** The sheet whose cells the charts read: this one, or the table of a page of charts. */
    private String chartData;
    /** Column edges of the charts to come side by side (empty: each chart across the width, under the last). */
    private int[] chartEdges = {};
    private int chartsInBand;
    private int chartBandTop;

    TableSheet(SXSSFSheet sheet, SheetStyles styles, DocumentHeading heading, Orientation orientation,
               double[] widths) {
        if (widths.length < 2) {
            throw new IllegalArgumentException("Một biểu cần ít nhất 2 cột.");
        }
        this.sheet = sheet;
        this.styles = styles;
        this.heading = heading;
        this.widths = widths.clone();
        this.sums = new double[widths.length];
        this.chartData = sheet.getSheetName();
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, (int) Math.round(widths[column] * 256));
        }
        sheet.setDefaultRowHeightInPoints((float) (SheetStyles.TABLE_POINTS * LINE_HEIGHT));
        leftBlockEnd = leftBlockEnd(widths);
        setUpPage(orientation);
        writeHeading();
    }

    /** The heading's left block takes about the first 40% of the table's width, the right block the rest. */
    private static int leftBlockEnd(double[] widths) {
        double total = Arrays.stream(widths).sum();
        double running = 0;
        for (int column = 0; column < widths.length - 1; column++) {
            running += widths[column];
            if (running >= total * 0.38) {
                return column + 1;
            }
        }
        return widths.length - 1;
    }

    private void setUpPage(Orientation orientation) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(orientation == Orientation.LANDSCAPE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0); // as many pages tall as needed
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.6);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        // Excel's header and footer codes: font, size 11, "Trang 3/120".
        sheet.getFooter().setCenter("&\"" + SheetStyles.FONT + ",Regular\"&11Trang &P/&N");
    }

    /**
     * ĐẢNG BỘ HUYỆN …      ĐẢNG CỘNG SẢN VIỆT NAM
     * ĐẢNG ỦY XÃ …
     *       *               Hải Yến, ngày 30 tháng 5 năm 2024
     */
    private void writeHeading() {
        boolean hasSuperior = heading.superior() != null;
        Row first = newRow();
        block(first, 0, leftBlockEnd, hasSuperior ? heading.superior() : heading.issuingBody(),
                hasSuperior ? styles.headingPlain : styles.headingBold);
        block(first, leftBlockEnd, widths.length, DocumentHeading.PARTY, styles.partyName);
        Row second = newRow();
        block(second, 0, leftBlockEnd, hasSuperior ? heading.issuingBody() : "*", styles.headingBold);
        Row third = newRow();
        block(third, 0, leftBlockEnd, hasSuperior ? "*" : "", styles.headingBold);
        block(third, leftBlockEnd, widths.length, heading.dateLine(), styles.dateLine);
        newRow();
    }

    /** The bold centred title across the table. */
    public TableSheet title(String text) {
        Row row = newRow();
        row.setHeightInPoints(heightOf(text, totalWidth(0, widths.length), SheetStyles.TITLE_POINTS, true) + PADDING);
        block(row, 0, widths.length, text, styles.title);
        return this;
    }

    /** A bold centred line under the title (the period, the date, the filters); wraps if long. */
    public TableSheet subtitle(String text) {
        Row row = newRow();
        row.setHeightInPoints(heightOf(text, totalWidth(0, widths.length), SheetStyles.TEXT_POINTS, true) + PADDING);
        block(row, 0, widths.length, text, styles.subtitle);
        return this;
    }

    /**
     * The table's header rows, bold, boxed and repeated at the top of every printed page. Each
     * row has one entry per column: a heading, {@link #SPAN_LEFT} to widen the heading on the
     * left, or {@link #SPAN_UP} to lengthen the heading above. A row of column numbers ("1",
     * "2", …) as official forms have is just another header row.
     */
    public TableSheet header(String[]... rows) {
        newRow(); // a blank line between the titles and the table
        int top = nextRow;
        Row[] created = new Row[rows.length];
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != widths.length) {
                throw new IllegalArgumentException("Dòng tiêu đề " + (r + 1) + " có " + rows[r].length
                        + " ô, biểu có " + widths.length + " cột.");
            }
            created[r] = newRow();
            for (int column = 0; column < widths.length; column++) {
                Cell cell = created[r].createCell(column);
                cell.setCellStyle(styles.header);
                if (!isSpan(rows[r][column])) {
                    cell.setCellValue(rows[r][column]);
                }
            }
        }
        float[] heights = new float[rows.length];
        Arrays.fill(heights, (float) (SheetStyles.TABLE_POINTS * LINE_HEIGHT + PADDING));
        for (int r = 0; r < rows.length; r++) {
            for (int column = 0; column < widths.length; column++) {
                if (!isSpan(rows[r][column])) {
                    mergeHeaderCell(rows, r, column, top, heights);
                }
            }
        }
        for (int r = 0; r < rows.length; r++) {
            created[r].setHeightInPoints(heights[r]);
        }
        sheet.setRepeatingRows(new CellRangeAddress(top, nextRow - 1, -1, -1));
        return this;
    }

    private void mergeHeaderCell(String[][] rows, int r, int column, int top, float[] heights) {
        int right = column;
        while (right + 1 < widths.length && SPAN_LEFT.equals(rows[r][right + 1])) {
            right++;
        }
        int bottom = r;
        while (bottom + 1 < rows.length && SPAN_UP.equals(rows[bottom + 1][column])) {
            bottom++;
        }
        if (right > column || bottom > r) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(top + r, top + bottom, column, right));
        }
        // Tall enough for the wrapped heading: any shortfall goes to the region's last row.
        float needed = heightOf(rows[r][column], totalWidth(column, right + 1), SheetStyles.TABLE_POINTS, true) + PADDING;
        float have = 0;
        for (int i = r; i <= bottom; i++) {
            have += heights[i];
        }
        if (needed > have) {
            heights[bottom] += needed - have;
        }
    }

    private static boolean isSpan(String text) {
        return SPAN_LEFT.equals(text) || SPAN_UP.equals(text);
    }

    /** A new body row, every cell boxed; fill it from the left with the row's methods. */
    public TableRow row() {
        int index = nextRow;
        if (firstBodyRow < 0) {
            firstBodyRow = index;
        }
        lastBodyRow = index;
        return new TableRow(this, boxedRow(styles.blank), false);
    }

    /** A bold line across the table that starts a group of rows ("Chi bộ thôn Nà Pàn"). */
    public TableSheet section(String text) {
        Row row = boxedRow(styles.section);
        row.getCell(0).setCellValue(text);
        sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, widths.length - 1));
        return this;
    }

    /**
     * A bold total row: the label across the columns before the first summed one, and in each
     * summed column an Excel SUM over all the body rows above (the cell also holds the sum, so
     * the value shows even where formulas are not recalculated). More cells, such as a
     * percentage formula, can be added to the returned row with {@link TableRow#at}.
     */
    public TableRow totalRow(String label, int... summedColumns) {
        int[] columns = summedColumns.clone();
        Arrays.sort(columns);
        Row row = boxedRow(styles.totalLabel);
        int labelEnd = columns.length == 0 ? widths.length : columns[0];
        if (labelEnd > 0) {
            row.getCell(0).setCellValue(label);
            if (labelEnd > 1) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, labelEnd - 1));
            }
        }
        TableRow total = new TableRow(this, row, true);
        for (int column : columns) {
            total.at(column);
            if (firstBodyRow < 0) {
                total.number(0);
            } else {
                String letter = CellReference.convertNumToColString(column);
                total.formula("SUM(" + letter + (firstBodyRow + 1) + ":" + letter + (lastBodyRow + 1) + ")",
                        sums[column]);
            }
        }
        return total;
    }

    /**
     * The signature blocks under the table: "NGƯỜI LẬP BIỂU" on the left; on the right
     * "T/M ĐẢNG ỦY" and "BÍ THƯ", with room to sign below.
     */
    public void signatures() {
        newRow();
        Row titles = newRow();
        block(titles, 0, leftBlockEnd, DocumentHeading.PREPARED_BY, styles.signatureTitle);
        block(titles, leftBlockEnd, widths.length, heading.onBehalfOf(), styles.signatureTitle);
        Row roles = newRow();
        block(roles, leftBlockEnd, widths.length, DocumentHeading.SECRETARY, styles.signatureRole);
        for (int i = 0; i < 4; i++) {
            newRow();
        }
    }

    public int columnCount() {
        return widths.length;
    }

    SheetStyles styles() {
        return styles;
    }

    void addToSum(int column, double value) {
        sums[column] += value;
    }

    /**
     * Charts added after this call read their cells from {@code table}'s sheet: a page of charts
     * after the table they show, so that no chart is printed under the table's repeated header.
     */
    public TableSheet chartsOf(TableSheet table) {
        chartData = table.sheet.getSheetName();
        return this;
    }

    /**
     * The next charts stand side by side on one band of rows, between these column edges: with
     * {@code 0, 7, 12} the first takes columns 0–6 and the second 7–11. Later charts go under them.
     */
    public TableSheet sideBySide(int... columnEdges) {
        if (columnEdges.length < 3 || columnEdges[0] < 0 || columnEdges[columnEdges.length - 1] > widths.length) {
            throw new IllegalArgumentException("Cần ít nhất 2 biểu đồ trong " + widths.length + " cột.");
        }
        chartEdges = columnEdges.clone();
        chartsInBand = 0;
        chartBandTop = nextRow + 1;
        return this;
    }

    /**
     * A column chart under what is written so far, drawn from cells of this sheet (or of {@link #chartsOf}): the labels
     * in {@code labelColumn} and the values in {@code valueColumn} of the given rows (0-based,
     * as {@link TableRow#rowIndex()} gives them). The values are cached in the chart as well,
     * so it shows before any recalculation. Leaves room below it.
     */
    public void columnChart(String title, String seriesName, int firstRow, int lastRow, int labelColumn,
                            int valueColumn, String[] labels, Double[] values) {
        columnChart(title, firstRow, lastRow, labelColumn, labels, new int[] {valueColumn},
                new String[] {seriesName}, new Double[][] {values});
    }

    /**
     * A clustered column chart with one series per value column (e.g. one per grade, the years
     * as categories): {@code values[s]} are the cached values of series {@code s}.
     */
    public void columnChart(String title, int firstRow, int lastRow, int labelColumn, String[] labels,
                            int[] valueColumns, String[] seriesNames, Double[][] values) {
        XSSFChart chart = newChart(title);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFCategoryDataSource labelCells = XDDFDataSourcesFactory.fromArray(labels,
                range(firstRow, lastRow, labelColumn, labelColumn));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, counts);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        for (int s = 0; s < valueColumns.length; s++) {
            XDDFChartData.Series series = data.addSeries(labelCells, XDDFDataSourcesFactory.fromArray(values[s],
                    range(firstRow, lastRow, valueColumns[s], valueColumns[s])));
            series.setTitle(seriesNames[s], null);
            // Without an explicit fill LibreOffice draws the bars invisible.
            series.setFillProperties(fill(s));
        }
        if (valueColumns.length > 1) {
            chart.getOrAddLegend().setPosition(org.apache.poi.xddf.usermodel.chart.LegendPosition.BOTTOM);
        }
        chart.plot(data);
    }

    /**
     * A pie chart of one row's values in columns [firstColumn, lastColumn], labelled by the
     * cells of {@code labelRow} above them (a header row): the shares of one year.
     */
    public void pieChart(String title, int labelRow, int valueRow, int firstColumn, int lastColumn, String[] labels,
                         Double[] values) {
        XSSFChart chart = newChart(title);
        XDDFCategoryDataSource labelCells = XDDFDataSourcesFactory.fromArray(labels,
                range(labelRow, labelRow, firstColumn, lastColumn));
        XDDFNumericalDataSource<Double> valueCells = XDDFDataSourcesFactory.fromArray(values,
                range(valueRow, valueRow, firstColumn, lastColumn));
        XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFChartData.Series series = data.addSeries(labelCells, valueCells);
        series.setTitle(title, null);
        for (int point = 0; point < values.length; point++) {
            series.getDataPoint(point).setFillProperties(fill(point));
        }
        chart.getOrAddLegend().setPosition(org.apache.poi.xddf.usermodel.chart.LegendPosition.RIGHT);
        chart.plot(data);
    }

    private static final byte[][] PALETTE = {
        {(byte) 0xA5, 0x1C, 0x1C}, {(byte) 0xE0, (byte) 0x8A, 0x1E}, {(byte) 0xF2, (byte) 0xC9, 0x4C},
        {(byte) 0x7F, (byte) 0x7F, (byte) 0x7F}, {0x2E, 0x5E, (byte) 0x8C}, {0x4E, (byte) 0x8A, 0x3E}};

    private static XDDFSolidFillProperties fill(int index) {
        return new XDDFSolidFillProperties(XDDFColor.from(PALETTE[index % PALETTE.length]));
    }

    /**
     * A chart under what is written so far (or beside the previous one, see {@link #sideBySide}),
     * across the table's width, leaving room below it.
     */
    private XSSFChart newChart(String title) {
        int top = nextRow + 1;
        int left = 0;
        int right = widths.length;
        if (chartsInBand < chartEdges.length - 1) {
            top = chartBandTop;
            left = chartEdges[chartsInBand];
            right = chartEdges[chartsInBand + 1];
            chartsInBand++;
        }
        int height = 18;
        // SXSSF streams only the cells: the drawing lives on the sheet's XSSF part and is written with it.
        XSSFSheet part = sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName());
        XSSFDrawing drawing = part.getDrawingPatriarch() != null ? part.getDrawingPatriarch()
                : part.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, top, right, top + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        nextRow = top + height + 1;
        return chart;
    }

    private String range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        return "'" + chartData.replace("'", "''") + "'!"
                + new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn).formatAsString(null, true);
    }

    private Row boxedRow(CellStyle style) {
        Row row = newRow();
        for (int column = 0; column < widths.length; column++) {
            row.createCell(column).setCellStyle(style);
        }
        return row;
    }

    private Row newRow() {
        return sheet.createRow(nextRow++);
    }

    /** Text centred over columns [from, to), merged when wider than one column. */
    private void block(Row row, int from, int to, String text, CellStyle style) {
        for (int column = from; column < to; column++) {
            row.createCell(column).setCellStyle(style);
        }
        if (!text.isEmpty()) {
            row.getCell(from).setCellValue(text);
        }
        if (to - from > 1) {
            sheet.addMergedRegionUnsafe(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to - 1));
        }
    }

    private double totalWidth(int from, int to) {
        double total = 0;
        for (int column = from; column < to; column++) {
            total += widths[column];
        }
        return total;
    }

    /**
     * Makes a body row tall enough for a wrapped text in a column. Neither Excel nor LibreOffice
     * reliably sizes rows of a generated file to their wrapped text when opening it, so the
     * height is estimated from the column width and written with the row.
     */
    void fit(Row row, int column, String text) {
        float needed = heightOf(text, widths[column], SheetStyles.TABLE_POINTS, false);
        if (needed > row.getHeightInPoints() + 0.5) {
            row.setHeightInPoints(needed);
        }
    }

    /**
     * The height that shows the whole text in a cell of the given width (in characters): the
     * text is wrapped word by word as Excel does, erring on the tall side, since a clipped line
     * is worse than a little white space.
     */
    private static float heightOf(String text, double width, short points, boolean bold) {
        double perLine = Math.max(1, (width - 1) * TEXT_PER_DIGIT * 12.0 / points / (bold ? BOLD_WIDTH : 1));
        return (float) (wrappedLines(text, perLine) * points * LINE_HEIGHT);
    }

    /** Lines of {@code text} wrapped greedily at spaces into lines of {@code perLine} characters. */
    static int wrappedLines(String text, double perLine) {
        int lines = 1;
        double used = 0;
        int i = 0;
        while (i <= text.length()) {
            int end = i;
            while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
                end++;
            }
            int word = end - i;
            if (word > 0) {
                double needed = used == 0 ? word : used + 1 + word;
                if (needed <= perLine) {
                    used = needed;
                } else if (used == 0) {
                    lines += (int) Math.ceil(word / perLine) - 1; // a word longer than the line is broken
                    used = word % perLine;
                } else {
                    lines += (int) Math.ceil(word / perLine);
                    used = word > perLine ? word % perLine : word;
                }
            }
            if (end < text.length() && text.charAt(end) == '\n') {
                lines++;
                used = 0;
            }
            i = end + 1;
        }
        return lines;
    }
}
