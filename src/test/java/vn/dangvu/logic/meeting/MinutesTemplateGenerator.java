package vn.dangvu.logic.meeting;

import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import vn.dangvu.logic.export.TemplateWriter;

/**
 * Writes the minutes template {@code resources/templates/bien-ban-sinh-hoat-chi-bo.docx} once;
 * the committed file is what the office edits afterwards (wording, spacing), keeping the
 * {@code {{tags}}}. Run from the project folder to start again from this layout:
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.dangvu.logic.meeting.MinutesTemplateGenerator</pre>
 */
public final class MinutesTemplateGenerator {

    /** A4 with margins 3 cm left, 2 cm elsewhere (twentieths of a point). */
    private static final int PAGE_WIDTH = TemplateWriter.WIDTH;
    private static final int LEFT = 1701;
    private static final int RIGHT = 1134;
    private static final int TOP_BOTTOM = 1134;
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

    private final XWPFDocument doc = new XWPFDocument();

    public static void main(String[] args) throws IOException {
        TemplateWriter.write(new MinutesTemplateGenerator().build(), args, "resources/templates/bien-ban-sinh-hoat-chi-bo.docx");
    }

    XWPFDocument build() {
        page();
        header();
        title();
        part("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
        body("Thời gian: bắt đầu lúc ", tag("startTime"), ", ngày ", tag("meetingDate"), ".");
        body("Địa điểm: ", tag("place"));
        body("Chủ trì: đồng chí ", tag("chair"));
        body("Thư ký: đồng chí ", tag("secretary"));
        body("Khách mời: ", tag("guests"));
        body("Tổng số đảng viên của chi bộ: ", tag("total"), " đồng chí (chính thức: ", tag("official"),
                "; dự bị: ", tag("probationary"), "), trong đó miễn công tác và sinh hoạt đảng: ", tag("exempt"),
                " đồng chí; đang sinh hoạt tạm thời nơi khác: ", tag("away"), " đồng chí.");
        body("Số đảng viên phải dự sinh hoạt: ", tag("required"), " đồng chí. Có mặt: ", tag("present"),
                " đồng chí (chính thức: ", tag("presentOfficial"), "; dự bị: ", tag("presentProbationary"), ").");
        // Only branches hosting members temporarily print this line.
        body(tag("?hasHosted"));
        body("Đảng viên sinh hoạt tạm thời tại chi bộ: ", tag("hosted"), " đồng chí; có mặt: ", tag("presentHosted"),
                " đồng chí.");
        body(tag("/hasHosted"));
        body("Vắng có lý do: ", tag("excused"));
        body("Vắng không lý do: ", tag("unexcused"));
        body("Danh sách đảng viên (đánh dấu × vào ô tương ứng; CT: chính thức, DB: dự bị, TT: sinh hoạt tạm thời):");
        memberTable();

        part("II. NỘI DUNG SINH HOẠT");
        heading("1. Phần mở đầu: ổn định tổ chức, chào cờ, tuyên bố lý do, giới thiệu đại biểu, thông qua chương trình");
        body(tag("agenda"));
        heading("2. Kiểm điểm việc thực hiện nghị quyết tháng trước");
        body(tag("previousReview"));
        heading("3. Thông tin thời sự, tình hình, chỉ đạo của cấp trên; nhiệm vụ tháng tới");
        body(tag("content"));
        heading("4. Ý kiến thảo luận");
        body(tag("discussion"));
        heading("5. Kết luận của đồng chí chủ trì");
        body(tag("conclusion"));
        heading("6. Nghị quyết");
        body(tag("resolution"));
        heading("7. Biểu quyết");
        body("Tán thành: ", tag("agree"), " đồng chí; không tán thành: ", tag("disagree"), " đồng chí; ý kiến khác: ",
                tag("abstain"), " đồng chí.");
        body("Buổi sinh hoạt kết thúc vào lúc ", tag("endTime"), " cùng ngày. Biên bản đã được đọc lại cho chi bộ"
                + " nghe và được nhất trí thông qua.");
        keepWithNext(doc.getLastParagraph());
        signatures();
        return doc;
    }

    /** Marks a value as a poi-tl tag. */
    private static String tag(String name) {
        return "{{" + name + "}}";
    }

    private void page() {
        TemplateWriter.page(doc, LEFT, RIGHT, TOP_BOTTOM, 567);
    }

    /** Top left the committee and the branch, top right the party's name and the place and date line. */
    private void header() {
        XWPFTable table = borderless(2, 4000, TEXT_WIDTH - 4000);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph committee = TemplateWriter.cellParagraph(left, ParagraphAlignment.CENTER);
        TemplateWriter.run(committee, tag("committee"), 13, false, false);
        XWPFParagraph branch = left.addParagraph();
        center(branch);
        TemplateWriter.run(branch, tag("branch"), 13, true, false);
        XWPFParagraph star = left.addParagraph();
        center(star);
        TemplateWriter.run(star, "*", 13, false, false);
        XWPFParagraph party = TemplateWriter.cellParagraph(right, ParagraphAlignment.CENTER);
        XWPFRun name = TemplateWriter.run(party, "ĐẢNG CỘNG SẢN VIỆT NAM", 14, true, false);
        name.setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph date = right.addParagraph();
        center(date);
        date.setSpacingBefore(120);
        TemplateWriter.run(date, tag("dateLine"), 14, false, true);
    }

    private void title() {
        XWPFParagraph first = TemplateWriter.paragraph(doc, ParagraphAlignment.CENTER);
        first.setSpacingBefore(360);
        TemplateWriter.run(first, "BIÊN BẢN", 14, true, false);
        XWPFParagraph second = TemplateWriter.paragraph(doc, ParagraphAlignment.CENTER);
        TemplateWriter.run(second, "SINH HOẠT CHI BỘ ", 14, true, false);
        TemplateWriter.run(second, tag("kindTitle"), 14, true, false);
        TemplateWriter.run(second, " THÁNG ", 14, true, false);
        TemplateWriter.run(second, tag("monthNumber"), 14, true, false);
        TemplateWriter.run(second, " NĂM ", 14, true, false);
        TemplateWriter.run(second, tag("year"), 14, true, false);
        // The topic line exists only for thematic meetings: a poi-tl section around it.
        TemplateWriter.run(TemplateWriter.paragraph(doc, ParagraphAlignment.CENTER), tag("?thematic"), 14, false, false);
        XWPFParagraph topic = TemplateWriter.paragraph(doc, ParagraphAlignment.CENTER);
        TemplateWriter.run(topic, "Chuyên đề: ", 14, true, false);
        TemplateWriter.run(topic, tag("topic"), 14, true, false);
        TemplateWriter.run(TemplateWriter.paragraph(doc, ParagraphAlignment.CENTER), tag("/thematic"), 14, false, false);
        TemplateWriter.paragraph(doc, ParagraphAlignment.CENTER).setSpacingAfter(120);
    }

    private void part(String text) {
        XWPFParagraph p = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        p.setSpacingBefore(120);
        TemplateWriter.run(p, text, 14, true, false);
    }

    private void heading(String text) {
        XWPFParagraph p = TemplateWriter.paragraph(doc, ParagraphAlignment.BOTH);
        p.setSpacingBefore(60);
        TemplateWriter.run(p, text, 14, true, false);
    }

    /** A body paragraph whose dotted tab stop at the right margin draws the lines to write on. */
    private void body(String... pieces) {
        // A lone tag receives text with line breaks: left aligned, or Word would stretch every broken line.
        boolean block = pieces.length == 1 && pieces[0].startsWith("{{");
        XWPFParagraph p = TemplateWriter.paragraph(doc, block ? ParagraphAlignment.LEFT : ParagraphAlignment.BOTH);
        CTTabStop stop = p.getCTP().getPPr().addNewTabs().addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setLeader(STTabTlc.DOT);
        stop.setPos(BigInteger.valueOf(TEXT_WIDTH));
        for (String piece : pieces) {
            TemplateWriter.run(p, piece, 14, false, false);
        }
    }

    private void memberTable() {
        int[] widths = {750, 3000, 750, 850, 950, 950, TEXT_WIDTH - 7250};
        String[] headers = {"STT", "Họ và tên", "Loại", "Có mặt", "Vắng có lý do", "Vắng không lý do", "Ghi chú"};
        String[] cells = {tag("members") + "[stt]", "[name]", "[status]", "[present]", "[excused]", "[unexcused]",
                "[note]"};
        XWPFTable table = doc.createTable(2, widths.length);
        table.setWidth(TEXT_WIDTH);
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        XWPFTableRow template = table.getRow(1);
        template.setCantSplitRow(true);
        for (int i = 0; i < widths.length; i++) {
            width(header.getCell(i), widths[i]);
            width(template.getCell(i), widths[i]);
            header.getCell(i).setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            TemplateWriter.run(TemplateWriter.cellParagraph(header.getCell(i), ParagraphAlignment.CENTER), headers[i], 13, true, false);
            boolean text = i == 1 || i == 6;
            TemplateWriter.run(TemplateWriter.cellParagraph(template.getCell(i), text ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER),
                    cells[i], 13, false, false);
        }
    }

    private void signatures() {
        keepWithNext(TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT));
        XWPFTable table = borderless(2, TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2);
        // A role and its name never end up on different pages.
        table.getRow(0).setCantSplitRow(true);
        signature(table.getRow(0).getCell(0), "THƯ KÝ", "secretaryName");
        signature(table.getRow(0).getCell(1), "CHỦ TRÌ", "chairName");
        // No paragraph after the signatures: LibreOffice printed an extra blank page for one.
    }

    private void signature(XWPFTableCell cell, String role, String nameTag) {
        TemplateWriter.run(TemplateWriter.cellParagraph(cell, ParagraphAlignment.CENTER), role, 14, true, false);
        XWPFParagraph hint = cell.addParagraph();
        center(hint);
        TemplateWriter.run(hint, "(Ký, ghi rõ họ tên)", 13, false, true);
        for (int i = 0; i < 3; i++) {
            center(cell.addParagraph());
        }
        XWPFParagraph name = cell.addParagraph();
        center(name);
        TemplateWriter.run(name, tag(nameTag), 14, true, false);
    }

    // ------------------------------------------------------------------ plumbing

    /** The closing lines stay on the page of the signatures. */
    private static void keepWithNext(XWPFParagraph p) {
        p.getCTP().getPPr().addNewKeepNext();
    }

    private static void center(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
    }

    private XWPFTable borderless(int columns, int... widths) {
        XWPFTable table = doc.createTable(1, columns);
        table.setWidth(TEXT_WIDTH);
        table.removeBorders();
        for (int i = 0; i < columns; i++) {
            width(table.getRow(0).getCell(i), widths[i]);
        }
        return table;
    }

    private static void width(XWPFTableCell cell, int twips) {
        cell.setWidth(String.valueOf(twips));
    }
}
