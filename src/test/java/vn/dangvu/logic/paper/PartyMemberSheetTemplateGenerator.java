package vn.dangvu.logic.paper;

import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import vn.dangvu.logic.export.TemplateWriter;

/**
 * Writes the Phiếu đảng viên template {@code resources/templates/phieu-dang-vien.docx} (Mẫu
 * 2-HSĐV, laid out after the scans in shared/reference/phieu-dang-vien/) once; the committed file
 * is what the office edits afterwards, keeping the {@code {{tags}}}. Run from the project folder:
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" vn.dangvu.logic.paper.PartyMemberSheetTemplateGenerator</pre>
 */
public final class PartyMemberSheetTemplateGenerator {

    /** A4, margins 2.5 cm left, 1.5 cm right, 1.5 cm top and bottom: the four pages of the printed form. */
    private static final int PAGE_WIDTH = TemplateWriter.WIDTH;
    private static final int LEFT = 1418;
    private static final int RIGHT = 851;
    private static final int TOP_BOTTOM = 851;
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;
    private static final int SIZE = 13;
    private static final int HALF = 6400;

    private final XWPFDocument doc = new XWPFDocument();

    public static void main(String[] args) throws IOException {
        TemplateWriter.write(new PartyMemberSheetTemplateGenerator().build(), args, "resources/templates/phieu-dang-vien.docx");
    }

    XWPFDocument build() {
        page();
        firstPage();
        pageBreak();
        workHistory();
        pageBreak();
        training();
        pageBreak();
        family();
        return doc;
    }

    private static String tag(String name) {
        return "{{" + name + "}}";
    }

    // ------------------------------------------------------------------ page 1

    private void firstPage() {
        XWPFParagraph party = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        tabs(party, STTabJc.CENTER, TEXT_WIDTH / 2 + 400, null, STTabJc.RIGHT, TEXT_WIDTH, null);
        TemplateWriter.run(party, "\t", SIZE, false, false);
        TemplateWriter.run(party, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false).setUnderline(UnderlinePatterns.SINGLE);
        TemplateWriter.run(party, "\tMẫu 2-HSĐV", 12, true, false);

        XWPFTable head = borderless(3, 4737, 3000, TEXT_WIDTH - 7737);
        XWPFTableCell left = head.getRow(0).getCell(0);
        XWPFTableCell middle = head.getRow(0).getCell(1);
        XWPFTableCell right = head.getRow(0).getCell(2);
        orgLine(TemplateWriter.cellParagraph(left, ParagraphAlignment.LEFT), "ĐẢNG BỘ TỈNH ", "(tương đương): ", "province");
        orgLine(left.addParagraph(), "ĐẢNG BỘ HUYỆN: ", "(tương đương): ", "district");
        orgLine(left.addParagraph(), "ĐẢNG BỘ, CHI BỘ CƠ SỞ: ", "", "committee");
        orgLine(left.addParagraph(), "ĐẢNG BỘ BỘ PHẬN: ", "", "subCommittee");
        orgLine(left.addParagraph(), "CHI BỘ: ", "", "branch");

        XWPFParagraph numbers = TemplateWriter.cellParagraph(middle, ParagraphAlignment.LEFT);
        TemplateWriter.run(numbers, "SỐ LÝ LỊCH: ", 10, true, false);
        TemplateWriter.run(numbers, tag("profileNumber"), 12, false, false);
        XWPFParagraph card = middle.addParagraph();
        TemplateWriter.run(card, "SỐ THẺ ĐẢNG VIÊN: ", 10, true, false);
        TemplateWriter.run(card, tag("cardNumber"), 12, false, false);
        XWPFParagraph title = middle.addParagraph();
        title.setAlignment(ParagraphAlignment.CENTER);
        title.setSpacingBefore(500);
        TemplateWriter.run(title, "PHIẾU", 20, true, false);
        XWPFParagraph title2 = middle.addParagraph();
        title2.setAlignment(ParagraphAlignment.CENTER);
        TemplateWriter.run(title2, "ĐẢNG VIÊN", 20, true, false);

        boxed(right);
        right.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph photo = TemplateWriter.cellParagraph(right, ParagraphAlignment.CENTER);
        TemplateWriter.run(photo, tag("@photo"), SIZE, false, false);
        XWPFParagraph hint = right.addParagraph();
        hint.setAlignment(ParagraphAlignment.CENTER);
        TemplateWriter.run(hint, tag("photoHint"), 12, false, false);
        head.getRow(0).setHeight(2300);

        spacer(160);
        // the dotted lines under 10, the introducers, 13 and 15 are the scan's own, for what does not fit on one
        pair("01) Họ và tên đang dùng: ", "name", "02) Nam, nữ: ", "sex");
        pair("03) Họ và tên khai sinh: ", "birthName", "04) Sinh ngày: ", "birthDate");
        line("05) Nơi sinh: ", "birthPlace");
        line("06) Quê quán: ", "homeTown");
        line("07) Nơi thường trú: ", "permanentAddress");
        line("      Nơi tạm trú: ", "temporaryAddress");
        pair("08) Dân tộc: ", "ethnicity", "09) Tôn giáo: ", "religion");
        pair(4900, "10) Thành phần gia đình: ", "familyBackground", "11) Nghề nghiệp hiện nay: ", "occupation");
        dots();
        pair("12) Ngày vào Đảng: ", "admittedOn", "Tại Chi bộ: ", "admittedBranch");
        pair("      Người giới thiệu thứ 1: ", "introducer1", "Chức vụ, đơn vị: ", "introducer1Post");
        dots();
        pair("      Người giới thiệu thứ 2: ", "introducer2", "Chức vụ, đơn vị: ", "introducer2Post");
        dots();
        line("      Ngày cấp có thẩm quyền ra quyết định kết nạp: ", "admissionDecisionDate");
        pair("      Ngày chính thức: ", "officialOn", "Tại Chi bộ: ", "officialBranch");
        pair("13) Ngày được tuyển dụng: ", "recruitedOn", "Cơ quan tuyển dụng: ", "recruitedBy");
        dots();
        line("14) Ngày vào Đoàn TNCS Hồ Chí Minh: ", "youthUnionDate");
        line("15) Tham gia các tổ chức xã hội khác: ", "otherOrganisations");
        dots();
        pair(4300, "16) Ngày nhập ngũ: ", "armyEnlistedOn", "Ngày xuất ngũ, chuyển ngành: ", "armyDischargedOn");
        line("17) Trình độ hiện nay:", null);
        pair("      - Giáo dục phổ thông: ", "generalEducation", "- Giáo dục nghề nghiệp: ", "vocational");
        line("      - Giáo dục đại học và sau đại học: ", "university");
        pair("        Học vị: ", "degree", "- Học hàm: ", "academicTitle");
        pair("      - Lý luận chính trị: ", "politicalTheory", "- Ngoại ngữ: ", "foreignLanguage");
        line("      - Tin học: ", "itLevel");
        pair("18) Tình trạng sức khoẻ bản thân: ", "health", "- Thương binh loại: ", "warInvalidGrade");
        pair("      - Gia đình liệt sỹ: ", "martyrFamily", "- Gia đình có công với CM: ", "meritFamily");
        pair(3900, "19) Số chứng minh ND: ", "identityCard", "20) Được miễn công tác và SHĐ ngày: ", "exemptOn");
        line("(hoặc số căn cước công dân): ", "citizenId");
    }

    private void orgLine(XWPFParagraph p, String label, String hint, String value) {
        p.setSpacingAfter(100);
        tabs(p, STTabJc.RIGHT, 4600, STTabTlc.DOT);
        TemplateWriter.run(p, label, 12, true, false);
        if (!hint.isEmpty()) {
            TemplateWriter.run(p, hint, 9, false, true);
        }
        TemplateWriter.run(p, tag(value), 12, false, false);
        TemplateWriter.run(p, "\t", 12, false, false);
    }

    // ------------------------------------------------------------------ page 2

    private void workHistory() {
        centered("21) TÓM TẮT QUÁ TRÌNH HOẠT ĐỘNG VÀ CÔNG TÁC", 14);
        grid(new int[] {2000, TEXT_WIDTH - 2000},
                new String[] {"Từ tháng, năm\nđến tháng, năm",
                        "Làm gì, chức vụ, đơn vị công tác\n(Đảng, chính quyền, đoàn thể, kinh tế, văn hóa, xã hội...)"},
                34);
    }

    // ------------------------------------------------------------------ page 3

    private void training() {
        centered("22) ĐÀO TẠO, BỒI DƯỠNG VỀ CHUYÊN MÔN, NGHIỆP VỤ, LÝ LUẬN CHÍNH TRỊ, NGOẠI NGỮ", 10);
        grid(new int[] {1900, 2300, 1900, 1400, TEXT_WIDTH - 7500},
                new String[] {"Tên trường", "Ngành học hoặc tên lớp học", "Từ tháng/năm đến tháng/năm", "Hình thức học",
                        "Văn bằng, chứng chỉ, trình độ gì"}, 7);
        line("23) Khen thưởng (Huân chương, huy chương, bằng khen): ", "awards");
        dots();
        XWPFParagraph badges = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        TemplateWriter.run(badges, "24) Đã được tặng Huy hiệu Đảng: ", SIZE, false, false);
        TemplateWriter.run(badges, tag("badges"), SIZE, false, false);
        XWPFParagraph more = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        TemplateWriter.run(more, tag("badgesMore"), SIZE, false, false);
        line("25) Danh hiệu được phong (chiến sĩ thi đua; anh hùng; nhà giáo, nghệ sĩ, thầy thuốc \"nhân dân, ưu tú\"): ",
                "honours");
        line("26) Kỷ luật (Đảng, chính quyền, pháp luật): ", "discipline");
        dots();
        centered("27) ĐẶC ĐIỂM LỊCH SỬ BẢN THÂN", 13);
        line("a) Bị xóa tên trong danh sách đảng viên:", null);
        pair("    Thời gian: ", "removedOn", "Tại Chi bộ: ", "removedBranch");
        line("b) Được kết nạp lại vào Đảng:", null);
        pair("    - Ngày vào Đảng lần thứ 2: ", "readmittedOn", "Tại chi bộ: ", "readmittedBranch");
        pair("      Người giới thiệu 1: ", "readmitIntroducer1", "Chức vụ, đơn vị: ", "readmitIntroducer1Post");
        pair("      Người giới thiệu 2: ", "readmitIntroducer2", "Chức vụ, đơn vị: ", "readmitIntroducer2Post");
        pair("    - Ngày chính thức lần thứ 2: ", "reofficialOn", "Tại chi bộ: ", "reofficialBranch");
        pair("c) Ngày được khôi phục đảng tịch: ", "restoredOn", "Tại chi bộ: ", "restoredBranch");
        line("d) Bị xử lý theo pháp luật (ngày, tháng, năm; chính quyền nào xử lý; hình thức xử lý; nơi thi hành án...): ",
                null);
        dots();
        dots();
        line("e) Bản thân có làm việc trong chế độ cũ (ngày, tháng, năm; chức vụ; nơi làm việc...): ", null);
        dots();
        centered("28) QUAN HỆ VỚI NƯỚC NGOÀI", 13);
        line("a) Đã đi nước ngoài (nước nào, lý do, thời gian ra nước ngoài...): ", null);
        dots();
        dots();
        line("b) Tham gia hoặc có quan hệ với các tổ chức chính trị, kinh tế, xã hội nào ở nước ngoài: ", null);
        dots();
        dots();
        line("c) Có người thân ở nước ngoài (tên người, quan hệ gì, ở nước nào?): ", null);
        dots();
        dots();
    }

    // ------------------------------------------------------------------ page 4

    private void family() {
        centered("29) QUAN HỆ GIA ĐÌNH", 14);
        XWPFParagraph sub = TemplateWriter.paragraph(doc, ParagraphAlignment.CENTER);
        TemplateWriter.run(sub, "Cha, mẹ đẻ; cha, mẹ vợ (chồng); vợ (chồng); các con; anh chị em ruột", 12, true, true);
        grid(new int[] {1150, 2900, 850, TEXT_WIDTH - 4900},
                new String[] {"Quan hệ", "HỌ VÀ TÊN", "Năm sinh",
                        "Quê quán, nơi ở hiện nay (trong, ngoài nước), nghề nghiệp, chức danh, chức vụ, đơn vị công tác"},
                17);
        centered("30) HOÀN CẢNH KINH TẾ CỦA BẢN THÂN VÀ GIA ĐÌNH", 14);
        dotted("- Tổng thu nhập của hộ gia đình (trong 1 năm): ");
        dotted("- Nhà ở: + Được cấp, được thuê, loại nhà, tổng diện tích sử dụng: ");
        dotted("             + Nhà tự mua, tự xây, loại nhà, tổng diện tích sử dụng: ");
        dotted("- Đất ở: + Đất được cấp: ");
        dotted("             + Đất tự mua: ");
        dotted("- Hoạt động kinh tế: ");
        dotted("- Diện tích đất kinh doanh trang trại; số lao động thuê mướn: ");
        dotted("- Những tài sản có giá trị (50 triệu đồng trở lên): ");
        XWPFParagraph date = TemplateWriter.paragraph(doc, ParagraphAlignment.RIGHT);
        date.setSpacingBefore(120);
        TemplateWriter.run(date, tag("placeDate"), SIZE, false, true);
        signatures();
    }

    private void signatures() {
        XWPFTable table = borderless(3, 2900, 3400, TEXT_WIDTH - 6300);
        table.getRow(0).setCantSplitRow(true);
        signature(table.getRow(0).getCell(0), "NGƯỜI KHAI",
                "Tôi xin cam đoan những lời khai trên đây là đúng sự thật\nNgày…… tháng…… năm……\n(Ký, ghi rõ họ tên)",
                "signerName");
        signature(table.getRow(0).getCell(1), "XÁC NHẬN CỦA CHI ỦY CHI BỘ",
                "\n\nNgày…… tháng…… năm……\n(Chức vụ, ký ghi rõ họ tên)", null);
        signature(table.getRow(0).getCell(2), "XÁC NHẬN CỦA CẤP ỦY CƠ SỞ",
                "(Chức vụ, ký, đóng dấu, ghi rõ họ và tên)", null);
    }

    private void signature(XWPFTableCell cell, String role, String text, String nameTag) {
        TemplateWriter.run(TemplateWriter.cellParagraph(cell, ParagraphAlignment.CENTER), role, 12, true, false);
        for (String hint : text.split("\n")) {
            XWPFParagraph p = cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            TemplateWriter.run(p, hint, 11, false, hint.startsWith("("));
        }
        for (int i = 0; i < 4; i++) {
            cell.addParagraph().setSpacingAfter(0);
        }
        if (nameTag != null) {
            XWPFParagraph name = cell.addParagraph();
            name.setAlignment(ParagraphAlignment.CENTER);
            TemplateWriter.run(name, tag(nameTag), SIZE, true, false);
        }
    }

    // ------------------------------------------------------------------ plumbing

    /** "label value……… label value………" on one line: dotted tab stops at the middle and the right margin. */
    private void pair(String label, String value, String label2, String value2) {
        pair(HALF, label, value, label2, value2);
    }

    /** The same, the second label starting at {@code split} (a long second label starts earlier). */
    private void pair(int split, String label, String value, String label2, String value2) {
        XWPFParagraph p = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        tabs(p, STTabJc.LEFT, split, STTabTlc.DOT, STTabJc.RIGHT, TEXT_WIDTH, STTabTlc.DOT);
        TemplateWriter.run(p, label, SIZE, false, false);
        TemplateWriter.run(p, tag(value), SIZE, false, false);
        TemplateWriter.run(p, "\t" + label2, SIZE, false, false);
        TemplateWriter.run(p, tag(value2), SIZE, false, false);
        TemplateWriter.run(p, "\t", SIZE, false, false);
    }

    /** "label value………" to the right margin; without a value, the label alone. */
    private void line(String label, String value) {
        XWPFParagraph p = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        if (value == null) {
            TemplateWriter.run(p, label, SIZE, false, false);
            return;
        }
        tabs(p, STTabJc.RIGHT, TEXT_WIDTH, STTabTlc.DOT);
        TemplateWriter.run(p, label, SIZE, false, false);
        TemplateWriter.run(p, tag(value), SIZE, false, false);
        TemplateWriter.run(p, "\t", SIZE, false, false);
    }

    /** A label followed by dots to the right margin, to fill by hand. */
    private void dotted(String label) {
        XWPFParagraph p = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        tabs(p, STTabJc.RIGHT, TEXT_WIDTH, STTabTlc.DOT);
        TemplateWriter.run(p, label + "\t", SIZE, false, false);
    }

    /** A dotted line to write on. */
    private void dots() {
        XWPFParagraph p = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        tabs(p, STTabJc.RIGHT, TEXT_WIDTH, STTabTlc.DOT);
        TemplateWriter.run(p, "\t", SIZE, false, false);
    }

    private void centered(String text, int size) {
        XWPFParagraph p = TemplateWriter.paragraph(doc, ParagraphAlignment.CENTER);
        p.setSpacingBefore(120);
        TemplateWriter.run(p, text, size, true, false);
    }

    private void spacer(int twips) {
        TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT).setSpacingAfter(twips);
    }

    private void pageBreak() {
        XWPFParagraph p = TemplateWriter.paragraph(doc, ParagraphAlignment.LEFT);
        p.createRun().addBreak(BreakType.PAGE);
    }

    /** A ruled table with a header row and empty rows to fill by hand. */
    private void grid(int[] widths, String[] headers, int rows) {
        XWPFTable table = doc.createTable(rows + 1, widths.length);
        table.setWidth(TEXT_WIDTH);
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int r = 0; r <= rows; r++) {
            XWPFTableRow row = table.getRow(r);
            row.setHeight(r == 0 ? 600 : 400);
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                if (r == 0) {
                    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                    String[] parts = headers[c].split("\n");
                    TemplateWriter.run(TemplateWriter.cellParagraph(cell, ParagraphAlignment.CENTER), parts[0], 12, true, false);
                    for (int i = 1; i < parts.length; i++) {
                        XWPFParagraph more = cell.addParagraph();
                        more.setAlignment(ParagraphAlignment.CENTER);
                        more.setSpacingAfter(0);
                        TemplateWriter.run(more, parts[i], 10, false, true);
                    }
                } else {
                    TemplateWriter.cellParagraph(cell, ParagraphAlignment.LEFT);
                }
            }
        }
    }

    private void page() {
        TemplateWriter.page(doc, LEFT, RIGHT, TOP_BOTTOM, 425);
    }

    private static void tabs(XWPFParagraph p, Object... stops) {
        for (int i = 0; i < stops.length; i += 3) {
            CTTabStop stop = p.getCTP().getPPr() == null ? p.getCTP().addNewPPr().addNewTabs().addNewTab()
                    : (p.getCTP().getPPr().getTabs() == null ? p.getCTP().getPPr().addNewTabs()
                    : p.getCTP().getPPr().getTabs()).addNewTab();
            stop.setVal((STTabJc.Enum) stops[i]);
            stop.setPos(BigInteger.valueOf((Integer) stops[i + 1]));
            if (stops[i + 2] != null) {
                stop.setLeader((STTabTlc.Enum) stops[i + 2]);
            }
        }
    }

    private XWPFTable borderless(int columns, int... widths) {
        XWPFTable table = doc.createTable(1, columns);
        table.setWidth(TEXT_WIDTH);
        table.removeBorders();
        for (int i = 0; i < columns; i++) {
            table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
        }
        return table;
    }

    /** The photo's frame: a single line around the cell. */
    private static void boxed(XWPFTableCell cell) {
        CTTcBorders borders = cell.getCTTc().addNewTcPr().addNewTcBorders();
        for (CTBorder border : new CTBorder[] {borders.addNewTop(), borders.addNewBottom(), borders.addNewLeft(),
                borders.addNewRight()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(6));
        }
    }
}
