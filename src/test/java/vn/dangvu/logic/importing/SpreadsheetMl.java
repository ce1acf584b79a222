package vn.dangvu.logic.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes .xlsx files from hand-written SpreadsheetML with java.util.zip, the way another tool
 * than POI would: shared strings for plain strings, inline strings on request, numbers, and real
 * date cells (a serial number with a date style).
 */
public final class SpreadsheetMl {

    /** A string written inline in the cell (t="inlineStr") instead of in the shared strings. */
    public record Inline(String text) {
    }

    /** A plain number cell (no date format), e.g. a card number that lost its leading zeros. */
    public record Number(double value) {
    }

    public static final class Sheet {
        final String name;
        final List<Object[]> rows = new ArrayList<>();

        Sheet(String name) {
            this.name = name;
        }

        /** Values: String (shared), Inline, Number, Integer/Double, LocalDate (date cell), null (no cell). */
        public Sheet row(Object... cells) {
            rows.add(cells);
            return this;
        }
    }

    private final List<Sheet> sheets = new ArrayList<>();

    public Sheet sheet(String name) {
        Sheet sheet = new Sheet(name);
        sheets.add(sheet);
        return sheet;
    }

    public Path write(Path file) throws IOException {
        Map<String, Integer> shared = new LinkedHashMap<>();
        List<String> sheetXml = new ArrayList<>();
        for (Sheet sheet : sheets) {
            sheetXml.add(sheetXml(sheet, shared));
        }
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, "xl/workbook.xml", workbook());
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
            put(zip, "xl/styles.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts>
                    <fills count="1"><fill><patternFill patternType="none"/></fill></fills>
                    <borders count="1"><border/></borders>
                    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
                    </styleSheet>""");
            put(zip, "xl/sharedStrings.xml", sharedStrings(shared));
            for (int i = 0; i < sheetXml.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", sheetXml.get(i));
            }
        }
        return file;
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                """);
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>\n");
        }
        return xml.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets>""");
        for (int i = 1; i <= sheets.size(); i++) {
            xml.append("<sheet name=\"").append(escape(sheets.get(i - 1).name)).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                """);
        int n = sheets.size();
        for (int i = 1; i <= n; i++) {
            xml.append("<Relationship Id=\"rId").append(i)
                    .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet")
                    .append(i).append(".xml\"/>\n");
        }
        xml.append("<Relationship Id=\"rId").append(n + 1)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\n");
        xml.append("<Relationship Id=\"rId").append(n + 2)
                .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>\n");
        return xml.append("</Relationships>").toString();
    }

    private static String sheetXml(Sheet sheet, Map<String, Integer> shared) {
        StringBuilder xml = new StringBuilder(64 * 1024);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < sheet.rows.size(); r++) {
            xml.append("<row r=\"").append(r + 1).append("\">");
            Object[] cells = sheet.rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                Object value = cells[c];
                if (value == null) {
                    continue;
                }
                String ref = column(c) + (r + 1);
                if (value instanceof String s) {
                    int index = shared.computeIfAbsent(s, k -> shared.size());
                    xml.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index).append("</v></c>");
                } else if (value instanceof Inline inline) {
                    xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                            .append(escape(inline.text())).append("</t></is></c>");
                } else if (value instanceof LocalDate date) {
                    xml.append("<c r=\"").append(ref).append("\" s=\"1\"><v>")
                            .append(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date)).append("</v></c>");
                } else if (value instanceof Number number) {
                    xml.append("<c r=\"").append(ref).append("\"><v>").append(plain(number.value())).append("</v></c>");
                } else if (value instanceof java.lang.Number number) {
                    xml.append("<c r=\"").append(ref).append("\" t=\"n\"><v>").append(plain(number.doubleValue()))
                            .append("</v></c>");
                } else {
                    throw new IllegalArgumentException("cell " + value);
                }
            }
            xml.append("</row>");
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static String sharedStrings(Map<String, Integer> shared) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + shared.size()
                + "\" uniqueCount=\"" + shared.size() + "\">");
        for (String s : shared.keySet()) {
            xml.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
        }
        return xml.append("</sst>").toString();
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String column(int index) {
        StringBuilder letters = new StringBuilder();
        for (int c = index + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
