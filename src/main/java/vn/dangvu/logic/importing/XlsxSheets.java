package vn.dangvu.logic.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * .xlsx sheets streamed with SAX: the sheet XML is never held as a tree, so 10,000 rows read
 * in well under a second and a large file costs only its values.
 */
final class XlsxSheets {

    /** Columns past this are ignored: the import uses about thirty. */
    static final int MAX_COLUMNS = 256;

    private XlsxSheets() {
    }

    static WorkbookData read(Path file) {
        String name = file.getFileName().toString();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = sharedStrings(pkg);
            StylesTable styles = stylesOf(reader);
            boolean date1904 = usesDate1904(reader);
            List<SheetData> sheets = new ArrayList<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    SheetHandler handler = new SheetHandler(strings, styles, date1904);
                    XMLReader xml = SAXHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(in));
                    sheets.add(new SheetData(it.getSheetName(), handler.rows));
                }
            }
            return new WorkbookData(name, sheets);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw WorkbookReader.passwordProtected(name);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            throw new ImportRejected("Tệp " + name + " không phải sổ làm việc .xlsx đọc được (" + e.getMessage()
                    + "). Hãy mở bằng Excel và lưu lại dạng .xlsx. Không có gì được nhập.");
        }
    }

    private static StylesTable stylesOf(XSSFReader reader) throws IOException, InvalidFormatException {
        try {
            return reader.getStylesTable();
        } catch (IOException | RuntimeException e) {
            return null; // no styles part: no cell carries a date format
        }
    }

    /** Workbooks from old Mac Excel count days from 1904. */
    private static boolean usesDate1904(XSSFReader reader) throws IOException, InvalidFormatException {
        try (InputStream in = reader.getWorkbookData()) {
            boolean[] found = {false};
            XMLReader xml = SAXHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes atts) {
                    if ("workbookPr".equals(local)) {
                        String value = atts.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equals(value);
                    }
                }
            });
            xml.parse(new InputSource(in));
            return found[0];
        } catch (SAXException | ParserConfigurationException e) {
            return false;
        }
    }

    /**
     * The shared strings as plain text, read with SAX: POI's own table builds a rich-text object
     * for every lookup, which costs more than the rest of the import.
     */
    private static List<String> sharedStrings(OPCPackage pkg) throws IOException, SAXException,
            ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
            try (InputStream in = part.getInputStream()) {
                XMLReader xml = SAXHelper.newXMLReader();
                xml.setContentHandler(new DefaultHandler() {
                    private final StringBuilder text = new StringBuilder();
                    private boolean inText;
                    private boolean inPhonetic;

                    @Override
                    public void startElement(String uri, String local, String qName, Attributes atts) {
                        switch (local) {
                            case "si" -> text.setLength(0);
                            case "t" -> inText = !inPhonetic;
                            case "rPh" -> inPhonetic = true;
                            default -> {
                            }
                        }
                    }

                    @Override
                    public void characters(char[] ch, int start, int length) {
                        if (inText) {
                            text.append(ch, start, length);
                        }
                    }

                    @Override
                    public void endElement(String uri, String local, String qName) {
                        switch (local) {
                            case "si" -> strings.add(text.toString());
                            case "t" -> inText = false;
                            case "rPh" -> inPhonetic = false;
                            default -> {
                            }
                        }
                    }
                });
                xml.parse(new InputSource(in));
            }
        }
        return strings;
    }

    /** The text as typed (stray spaces are reported later), null when blank. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        return value.isBlank() ? null : value;
    }

    /** Collects the cells of one sheet: &lt;row r&gt;&lt;c r t s&gt;&lt;v/&gt; or &lt;is&gt;&lt;t/&gt;&lt;/is&gt;&lt;/c&gt;&lt;/row&gt;. */
    private static final class SheetHandler extends DefaultHandler {
        private final List<String> strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final java.util.Map<Integer, Boolean> dateStyles = new java.util.HashMap<>();
        final List<SheetData.Row> rows = new ArrayList<>();

        private int rowNumber;
        private Object[] cells = new Object[0];
        private int lastColumn = -1;
        private boolean anyValue;
        private int column;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        SheetHandler(List<String> strings, StylesTable styles, boolean date1904) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            switch (local) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new Object[16];
                    lastColumn = -1;
                    anyValue = false;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? lastColumn + 1 : columnOf(ref);
                    lastColumn = column;
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> inValue = true;
                case "t" -> inInlineText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> store(cellValue());
                case "row" -> {
                    if (anyValue) {
                        rows.add(new SheetData.Row(rowNumber, Arrays.copyOf(cells, lastUsed() + 1)));
                    }
                }
                default -> {
                }
            }
        }

        private int lastUsed() {
            int last = cells.length - 1;
            while (last >= 0 && cells[last] == null) {
                last--;
            }
            return last;
        }

        private void store(Object cellValue) {
            if (cellValue == null || column >= MAX_COLUMNS) {
                return;
            }
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.min(MAX_COLUMNS, Math.max(column + 1, cells.length * 2)));
            }
            cells[column] = cellValue;
            anyValue = true;
        }

        private Object cellValue() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                return v.isBlank() ? null : number(Double.parseDouble(v.strip()));
            }
            return switch (type) {
                case "s" -> v.isBlank() ? null : sharedString(Integer.parseInt(v.strip()));
                case "inlineStr" -> text(inline.toString());
                case "str" -> text(v);
                case "b" -> v.isBlank() ? null : "1".equals(v.strip()) || "true".equals(v.strip());
                case "e" -> "#LỖI";
                case "d" -> v.isBlank() ? null : LocalDate.parse(v.strip().substring(0, Math.min(10, v.strip().length())));
                default -> text(v);
            };
        }

        private String sharedString(int index) {
            if (index < 0 || index >= strings.size()) {
                throw new IllegalArgumentException("ô tham chiếu chuỗi dùng chung số " + index + " không có");
            }
            return text(strings.get(index));
        }

        /** A number, or a date when the cell's format is a date format. */
        private Object number(double number) {
            if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number, date1904).toLocalDate();
            }
            return number;
        }

        /** Looked up once per style: a workbook has a few dozen styles and thousands of cells. */
        private boolean isDateStyle(int index) {
            if (styles == null || index >= styles.getNumCellStyles()) {
                return false;
            }
            return dateStyles.computeIfAbsent(index, i -> {
                XSSFCellStyle cellStyle = styles.getStyleAt(i);
                return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            });
        }

        /** "AB12" → 27. */
        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }
}
