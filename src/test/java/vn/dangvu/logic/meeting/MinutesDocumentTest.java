package vn.dangvu.logic.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.logic.meeting.MeetingFixture.MEETING_DAY;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.model.meeting.Meeting;

/** The printed biên bản, opened again with POI as Word would show it. */
class MinutesDocumentTest {

    @TempDir
    Path folder;

    private MeetingFixture f;

    @BeforeEach
    void open() {
        f = new MeetingFixture(folder.resolve("db"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private XWPFDocument print(vn.dangvu.model.meeting.Minutes minutes, String name) throws IOException {
        Path file = folder.resolve(name);
        PrintedMinutes printed = f.meetings.print(minutes, file);
        assertEquals(file, printed.docx());
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    private static String text(XWPFDocument doc) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<List<String>> memberRows(XWPFDocument doc) {
        XWPFTable table = doc.getTables().get(1);
        return table.getRows().subList(1, table.getRows().size()).stream()
                .map(XWPFTableRow::getTableCells)
                .map(cells -> cells.stream().map(c -> c.getText().strip()).toList())
                .toList();
    }

    @Test
    void filledMinutesHaveTheHeaderTheCountsAndEveryoneOnceInNameOrder() throws IOException {
        Meeting meeting = f.meetings.save(f.regularMeeting(MEETING_DAY), "thư ký");
        XWPFDocument doc = print(f.meetings.minutesOf(meeting), "bien-ban.docx");
        String text = text(doc);

        assertTrue(text.contains("ĐẢNG BỘ XÃ HẢI YẾN"), text);
        assertTrue(text.contains("CHI BỘ THÔN NÀ PÀN"));
        assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
        assertTrue(text.contains("SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 3 NĂM 2026"));
        XWPFParagraph dateLine = doc.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(1);
        assertEquals("Hải Yến, ngày 05 tháng 3 năm 2026", dateLine.getText());
        assertTrue(dateLine.getRuns().get(0).isItalic(), "the place and date line is italic");

        assertTrue(text.contains("Tổng số đảng viên của chi bộ: 5 đồng chí (chính thức: 4; dự bị: 1), trong đó miễn"
                + " công tác và sinh hoạt đảng: 1 đồng chí; đang sinh hoạt tạm thời nơi khác: 1 đồng chí."), text);
        assertTrue(text.contains("Số đảng viên phải dự sinh hoạt: 3 đồng chí. Có mặt: 1 đồng chí (chính thức: 1;"
                + " dự bị: 0)."), text);
        assertTrue(text.contains("Đảng viên sinh hoạt tạm thời tại chi bộ: 1 đồng chí; có mặt: 1 đồng chí."), text);
        assertTrue(text.contains("Vắng có lý do: 1 đồng chí: đồng chí Hoàng Thị Ánh (ốm)."), text);
        assertTrue(text.contains("Vắng không lý do: 1 đồng chí: đồng chí Trần Thị Đông."), text);
        assertTrue(text.contains("Thời gian: bắt đầu lúc 7 giờ 30 phút, ngày 05 tháng 3 năm 2026."), text);
        assertTrue(text.contains("- Đồng chí Vũ Văn Cường: Nhất trí với kế hoạch."), text);
        assertTrue(text.contains("Tán thành: 2 đồng chí; không tán thành: 0 đồng chí; ý kiến khác: 0 đồng chí."), text);
        assertTrue(text.contains("kết thúc vào lúc 9 giờ 15 phút"), text);

        List<List<String>> rows = memberRows(doc);
        assertEquals(List.of("Hoàng Thị Ánh", "Phạm Văn Bình", "Lê Văn Dũng", "Trần Thị Đông", "Nguyễn Văn Đức",
                "Vũ Văn Cường"), rows.stream().map(r -> r.get(1)).toList(), "own members by given name, then hosted");
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), rows.stream().map(r -> r.get(0)).toList());
        // Ánh excused (ốm), Bình away, Dũng exempt, Đông absent without reason, Đức and Cường present.
        assertEquals(List.of("DB", "", "×", "", "ốm"), rows.get(0).subList(2, 7));
        assertEquals(List.of("CT", "", "", "", "Sinh hoạt tạm thời nơi khác"), rows.get(1).subList(2, 7));
        assertEquals(List.of("CT", "", "", "", "Miễn sinh hoạt"), rows.get(2).subList(2, 7));
        assertEquals(List.of("CT", "", "", "×", ""), rows.get(3).subList(2, 7));
        assertEquals(List.of("CT", "×", "", "", ""), rows.get(4).subList(2, 7));
        assertEquals(List.of("TT", "×", "", "", "Sinh hoạt tạm thời"), rows.get(5).subList(2, 7));
        assertNoPlaceholderLeft(text);
        assertTimesNewRoman(doc);
    }

    @Test
    void aBlankFormHasTheListAndRegisterCountsButNothingToBeWrittenByHand() throws IOException {
        XWPFDocument doc = print(f.meetings.blankMinutes(f.napan, YearMonth.of(2026, 3), false, MEETING_DAY),
                "mau-trong.docx");
        String text = text(doc);
        assertTrue(text.contains("Hải Yến, ngày …… tháng 3 năm 2026"), text);
        assertTrue(text.contains("Tổng số đảng viên của chi bộ: 5 đồng chí (chính thức: 4; dự bị: 1)"), text);
        assertTrue(text.contains("Có mặt: …… đồng chí (chính thức: ……; dự bị: ……)."), text);
        assertFalse(text.contains("Chuyên đề:"), "no topic line on a regular meeting's form");
        List<List<String>> rows = memberRows(doc);
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.subList(3, 6).equals(List.of("", "", ""))), "boxes left empty");
        long dottedLines = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .mapToLong(r -> r.getCTR().sizeOfTabArray()).sum();
        assertTrue(dottedLines > 30, "lines to write on: " + dottedLines);
        assertNoPlaceholderLeft(text);
    }

    @Test
    void aThematicFormCarriesItsTitleAndTopicLine() throws IOException {
        XWPFDocument doc = print(f.meetings.blankMinutes(f.napan, YearMonth.of(2026, 2), true, LocalDate.of(2026, 1, 1)),
                "chuyen-de.docx");
        String text = text(doc);
        assertTrue(text.contains("SINH HOẠT CHI BỘ CHUYÊN ĐỀ THÁNG 2 NĂM 2026"), text);
        assertTrue(text.contains("Chuyên đề:"), text);
        assertTrue(text.contains("Hải Yến, ngày …… tháng 02 năm 2026"), "months 1 and 2 take a leading zero");
        assertNoPlaceholderLeft(text);
    }

    private static void assertNoPlaceholderLeft(String text) {
        assertFalse(text.contains("{{"), "unreplaced tag");
        assertFalse(text.contains("}}"), "unreplaced tag");
        assertFalse(text.matches("(?s).*\\[(stt|name|status|present|excused|unexcused|note)].*"), "unreplaced row tag");
    }

    private static void assertTimesNewRoman(XWPFDocument doc) {
        List<XWPFParagraph> paragraphs = new java.util.ArrayList<>(doc.getParagraphs());
        doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells()
                .forEach(c -> paragraphs.addAll(c.getParagraphs()))));
        for (XWPFParagraph p : paragraphs) {
            for (XWPFRun run : p.getRuns()) {
                if (!run.text().isBlank()) {
                    assertEquals("Times New Roman", run.getFontFamily(), run.text());
                    assertTrue(run.getFontSizeAsDouble() >= 13 && run.getFontSizeAsDouble() <= 14, run.text());
                }
            }
        }
    }
}
