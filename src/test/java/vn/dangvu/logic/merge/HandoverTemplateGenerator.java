package vn.dangvu.logic.merge;

import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dangvu.logic.export.TemplateWriter;

/**
 * Writes the handover template {@code resources/templates/bien-ban-tiep-nhan.docx} once; the
 * committed file is what the office edits afterwards, keeping the {@code {{tags}}}. Run from the
 * project folder to start again from this layout:
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.dangvu.logic.merge.HandoverTemplateGenerator</pre>
 */
public final class HandoverTemplateGenerator {

    /** A4, margins 3 cm left, 2 cm elsewhere (twentieths of a point). */
    private static final int PAGE_WIDTH = TemplateWriter.WIDTH;
    private static final int LEFT = 1701;
    private static final int RIGHT = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

    private final XWPFDocument doc = new XWPFDocument();

    public static void main(String[] args) throws IOException {
        TemplateWriter.write(new HandoverTemplateGenerator().build(), args, "resources/templates/bien-ban-tiep-nhan.docx");
    }

    XWPFDocument build() {
        page();
        header();
        centred("BIÊN BẢN", 14, true).setSpacingBefore(360);
        centred("TIẾP NHẬN ĐẢNG VIÊN VÀ HỒ SƠ CỦA {{unitUpper}}", 14, true).setSpacingAfter(240);
        body("Căn cứ việc hợp nhất {{unit}} vào {{committeeName}} từ ngày {{joinedOn}}, hôm nay, ngày {{recordedOn}},"
                + " {{committeeName}} tiếp nhận danh sách đảng viên và hồ sơ của {{unit}} (tệp {{sourceFile}}) như sau:");
        part("I. SỐ ĐẢNG VIÊN TIẾP NHẬN");
        body("Đảng viên của {{unit}} ngày {{joinedOn}}: {{members}} đồng chí, trong đó chính thức {{official}}, dự bị"
                + " {{probationary}}; miễn công tác và sinh hoạt đảng {{exempt}} đồng chí.");
        body("Tổng số hồ sơ tiếp nhận (kể cả người đã chuyển đi, từ trần, ra khỏi Đảng trước đó): {{people}}.");
        part("II. CHI BỘ VÀ NƠI SINH HOẠT TỪ NGÀY {{joinedOn}}");
        table("branches", new int[] {900, 3100, 1300, 1500, TEXT_WIDTH - 6800},
                new String[] {"STT", "Chi bộ của {{unit}}", "Đảng viên", "Tiếp nhận", "Chi bộ tại {{committeeName}}"},
                new String[] {"stt", "from", "members", "action", "to"});
        part("III. ĐẢNG VIÊN ĐÃ CÓ HỒ SƠ TẠI ĐẢNG BỘ");
        body("{{?noJoined}}Không có đảng viên nào của {{unit}} đã có hồ sơ tại Đảng bộ.{{/noJoined}}");
        body("{{?hasJoined}}{{joinedCount}} đồng chí đã có hồ sơ tại Đảng bộ; hai hồ sơ của mỗi đồng chí được gộp"
                + " làm một, lịch sử sinh hoạt đảng được nối liền:{{/hasJoined}}");
        table("joined", new int[] {900, 2900, 2900, TEXT_WIDTH - 6700},
                new String[] {"STT", "Hồ sơ của {{unit}}", "Hồ sơ tại Đảng bộ", "Căn cứ xác định"},
                new String[] {"stt", "person", "here", "reason"});
        part("IV. NHỮNG ĐIỂM HAI HỒ SƠ GHI KHÁC NHAU VÀ CÁCH GIẢI QUYẾT");
        body("{{?noSettled}}Không có điểm nào hai hồ sơ ghi khác nhau.{{/noSettled}}");
        body("{{?hasSettled}}{{settledCount}} điểm ghi khác nhau, đã được xem xét và giải quyết như sau:{{/hasSettled}}");
        table("settled", new int[] {900, 1900, 1500, 1500, 1500, TEXT_WIDTH - 7300},
                new String[] {"STT", "Đảng viên", "Nội dung", "Tại Đảng bộ ghi", "{{unit}} ghi", "Giải quyết"},
                new String[] {"stt", "person", "field", "here", "there", "kept"});
        body("Biên bản được lập ngày {{recordedOn}}; người lập: {{recordedBy}}.").setSpacingBefore(120);
        signatures();
        return doc;
    }

    private void page() {
        TemplateWriter.page(doc, LEFT, RIGHT, 1134, null);
    }

    /** Top left the superior and the issuing body, top right the party's name and the place and date line. */
    private void header() {
        XWPFTable table = borderless(4300, TEXT_WIDTH - 4300);
        XWPFTableCell left = table.getRow(0).getCell(0);
        TemplateWriter.run(first(left), "{{superior}}", 13, false, false);
        TemplateWriter.run(added(left), "{{issuingBody}}", 13, true, false);
        TemplateWriter.run(added(left), "*", 13, false, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        TemplateWriter.run(first(right), "ĐẢNG CỘNG SẢN VIỆT NAM", 14, true, false).setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = added(right);
        date.setSpacingBefore(120);
        TemplateWriter.run(date, "{{dateLine}}", 14, false, true);
    }

    private void part(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
        p.setSpacingBefore(160);
        p.setSpacingAfter(80);
        TemplateWriter.run(p, text, 14, true, false);
    }

    private XWPFParagraph body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(567);
        TemplateWriter.run(p, text, 14, false, false);
        return p;
    }

    private XWPFParagraph centred(String text, int size, boolean bold) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
        TemplateWriter.run(p, text, size, bold, false);
        return p;
    }

    /** A table whose second row repeats for each item of the list named by {@code loop}. */
    private void table(String loop, int[] widths, String[] headers, String[] cells) {
        XWPFTable table = doc.createTable(2, widths.length);
        table.setWidth(TEXT_WIDTH);
        table.setTableAlignment(TableRowAlign.CENTER);
        grid(table, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        XWPFTableRow row = table.getRow(1);
        row.setCantSplitRow(true);
        for (int i = 0; i < widths.length; i++) {
            header.getCell(i).setWidth(String.valueOf(widths[i]));
            row.getCell(i).setWidth(String.valueOf(widths[i]));
            header.getCell(i).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph head = first(header.getCell(i));
            // The list's tag sits in the header row: poi-tl repeats the row below it for each item.
            TemplateWriter.run(head, (i == 0 ? "{{" + loop + "}}" : "") + headers[i], 13, true, false);
            XWPFParagraph cell = first(row.getCell(i));
            cell.setAlignment(i == 0 || cells[i].equals("members") ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            TemplateWriter.run(cell, "[" + cells[i] + "]", 13, false, false);
        }
    }

    private void signatures() {
        paragraph(ParagraphAlignment.LEFT);
        XWPFTable table = borderless(TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        TemplateWriter.run(first(left), "NGƯỜI LẬP BIÊN BẢN", 14, true, false);
        TemplateWriter.run(added(left), "(Ký, ghi rõ họ tên)", 13, false, true);
        for (int i = 0; i < 3; i++) {
            added(left);
        }
        TemplateWriter.run(added(left), "{{recordedBy}}", 14, true, false);
        XWPFTableCell right = table.getRow(0).getCell(1);
        TemplateWriter.run(first(right), "{{onBehalfOf}}", 14, true, false);
        TemplateWriter.run(added(right), "BÍ THƯ", 14, true, false);
    }

    // ------------------------------------------------------------------ plumbing

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        return p;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private static XWPFParagraph added(XWPFTableCell cell) {
        XWPFParagraph p = cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return p;
    }

    private XWPFTable borderless(int... widths) {
        XWPFTable table = doc.createTable(1, widths.length);
        table.setWidth(TEXT_WIDTH);
        table.removeBorders();
        grid(table, widths);
        for (int i = 0; i < widths.length; i++) {
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    /** LibreOffice lays a table out by its grid, not by its cells' widths: both are set. */
    private static void grid(XWPFTable table, int[] widths) {
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        for (int i = 0; i < widths.length; i++) {
            (i < grid.sizeOfGridColArray() ? grid.getGridColArray(i) : grid.addNewGridCol())
                    .setW(BigInteger.valueOf(widths[i]));
        }
        table.getCTTbl().getTblPr().addNewTblLayout()
                .setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    }
}
