package vn.dangvu.logic.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.export.ProducedWorkbook;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/** The two member documents, written from a real H2 file and read back as a clerk's Excel would. */
class RegisterExportsTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 1, 5);

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private RegisterExports exports;
    private Branch napan;
    private Branch khonpat;

    @BeforeEach
    void setUp() {
        database = Database.open(folder.resolve("data"));
        new CommitteeService(database).save(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên"));
        BranchService branches = new BranchService(database);
        napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(1960, 1, 1));
        khonpat = branches.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, LocalDate.of(1960, 1, 1));
        register = new RegisterService(database);
        exports = new RegisterExports(database, Clock.fixed(SIGNED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void member(String name, Sex sex, LocalDate born, String ethnicity, String religion, MemberIds ids,
                        MemberProfile profile, MembershipEvent... events) {
        register.createMember(new Member(null, 0, PersonName.parse(name), sex, born, ethnicity, religion, ids, profile),
                List.of(events), "test");
    }

    private static MembershipEvent event(MembershipEventType type, LocalDate date, Branch branch) {
        return MembershipEvent.of(type, date, branch == null ? null : branch.id());
    }

    /** An official member, a probationary one, one transferred in and exempt; one dead, one gone, one not yet admitted. */
    private void fillRegister() {
        MemberProfile.Builder an = new MemberProfile.Builder();
        an.homeTown = "Hải Yến, Tiên Yên, Quảng Ninh";
        an.generalEducation = "12/12";
        an.politicalTheory = PoliticalTheory.ELEMENTARY;
        an.professionalLevel = "Đại học";
        an.occupation = "Hưu trí";
        an.armyEnlistedOn = LocalDate.of(1988, 2, 1);
        an.armyDischargedOn = LocalDate.of(1991, 3, 1);
        member("Nguyễn Văn An", Sex.MALE, LocalDate.of(1970, 3, 5), "Kinh", null,
                new MemberIds("01234567", "012345QN", null), an.build(),
                event(MembershipEventType.ADMITTED, LocalDate.of(1995, 6, 10), napan),
                event(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(1996, 6, 10), null));
        MemberProfile.Builder binh = new MemberProfile.Builder();
        binh.birthName = "Lê Thị Bính";
        member("Lê Thị Bình", Sex.FEMALE, LocalDate.of(1998, 9, 2), "Tày", "Phật giáo", MemberIds.NONE, binh.build(),
                event(MembershipEventType.ADMITTED, LocalDate.of(2025, 1, 15), napan));
        member("Trần Văn Hùng", Sex.MALE, LocalDate.of(1950, 1, 1), "Kinh", null, new MemberIds("00000042", null, null),
                null,
                event(MembershipEventType.ADMITTED, LocalDate.of(1975, 1, 1), null),
                event(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(1976, 1, 1), null),
                event(MembershipEventType.TRANSFERRED_IN, LocalDate.of(2010, 4, 1), khonpat)
                        .withOtherOrganisation(new OtherOrganisation("Đảng bộ xã Đông Ngũ", "Quảng Ninh", "Tiên Yên")),
                event(MembershipEventType.EXEMPTED, LocalDate.of(2020, 1, 1), null));
        member("Phạm Văn Cường", Sex.MALE, LocalDate.of(1940, 1, 1), "Kinh", null, MemberIds.NONE, null,
                event(MembershipEventType.ADMITTED, LocalDate.of(1965, 1, 1), napan),
                event(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(1966, 1, 1), null),
                event(MembershipEventType.DIED, LocalDate.of(2024, 5, 1), null));
        member("Đỗ Thị Dung", Sex.FEMALE, LocalDate.of(1980, 1, 1), "Kinh", null, MemberIds.NONE, null,
                event(MembershipEventType.ADMITTED, LocalDate.of(2005, 1, 1), khonpat),
                event(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2006, 1, 1), null),
                event(MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2023, 3, 1), null));
    }

    private List<List<String>> bodyRows(Sheet sheet, int columns) {
        int first = ProducedWorkbook.rowStarting(sheet, "1") + 1; // the row of column numbers ends the header
        List<List<String>> rows = new ArrayList<>();
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() == CellType.BLANK) {
                break;
            }
            List<String> values = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                values.add(ProducedWorkbook.shown(row.getCell(c)));
            }
            rows.add(values);
        }
        return rows;
    }

    @Test
    void memberBookListsTheMembersInPartyStrengthBranchByBranchInNameOrder() throws IOException {
        fillRegister();
        Path file = folder.resolve("so-danh-sach.xlsx");
        assertEquals(3, exports.writeMemberBook(LocalDate.of(2025, 12, 31), file));
        try (ProducedWorkbook produced = ProducedWorkbook.open(file)) {
            Sheet sheet = produced.sheet(0);
            assertEquals("Mẫu 7-HSĐV", sheet.getSheetName());
            assertTrue(sheet.getPrintSetup().getLandscape());
            List<String> texts = ProducedWorkbook.texts(sheet);
            assertTrue(texts.contains("SỔ DANH SÁCH ĐẢNG VIÊN"));
            assertTrue(texts.contains("(Mẫu 7-HSĐV) Đảng viên trong đảng số đến ngày 31/12/2025: 3 đảng viên"), texts.toString());
            assertTrue(texts.contains("Hải Yến, ngày 05 tháng 01 năm 2026"), "signed on the day of the export");
            int header = ProducedWorkbook.rowStarting(sheet, "Số TT");
            assertEquals(List.of(MemberBookSheet.HEADINGS), ProducedWorkbook.strings(sheet, header, 14));
            assertEquals("14", ProducedWorkbook.shown(sheet.getRow(header + 1).getCell(13)));

            List<List<String>> rows = bodyRows(sheet, 14);
            assertEquals(List.of(
                    List.of("Chi bộ thôn Khòn Pát: 1 đảng viên", "", "", "", "", "", "", "", "", "", "", "", "", ""),
                    List.of("1", "Trần Văn Hùng\n01/01/1950", "Nam, Kinh", "", "", "", "01/01/1975\n01/01/1976",
                            "00000042", "", "", "01/04/2010: Đảng bộ xã Đông Ngũ", "", "",
                            "Miễn sinh hoạt từ 01/01/2020"),
                    List.of("Chi bộ thôn Nà Pàn: 2 đảng viên", "", "", "", "", "", "", "", "", "", "", "", "", ""),
                    List.of("1", "Nguyễn Văn An\n05/03/1970", "Nam, Kinh", "Hải Yến, Tiên Yên, Quảng Ninh",
                            "VH: 12/12; LLCT: Sơ cấp; CMNV: Đại học", "Hưu trí", "10/06/1995\n10/06/1996",
                            "01234567\nLL: 012345QN", "Nhập ngũ 01/02/1988, xuất ngũ 01/03/1991; Hưu trí", "", "", "",
                            "", ""),
                    List.of("2", "Lê Thị Bình\n(khai sinh: Lê Thị Bính)\n02/09/1998", "Nữ, Tày, Phật giáo", "", "", "",
                            "15/01/2025", "", "", "", "", "", "", "Đảng viên dự bị")), rows);

            Row hung = sheet.getRow(header + 3);
            Cell card = hung.getCell(7);
            assertEquals(CellType.STRING, card.getCellType());
            assertEquals("@", card.getCellStyle().getDataFormatString(), "card numbers stay text when edited");
            assertTrue(hung.getHeightInPoints() > sheet.getDefaultRowHeightInPoints(),
                    "two-line cells get a row tall enough to show them");
            assertEquals(new org.apache.poi.ss.util.CellRangeAddress(header, header + 1, -1, -1), sheet.getRepeatingRows());
            produced.assertTimesNewRomanEverywhere();
        }
    }

    @Test
    void memberBookOfAnEarlierDayShowsThatDaysMembersAndBranchNames() throws IOException {
        fillRegister();
        new BranchService(database).rename(napan.id(), "Chi bộ thôn Nà Pàn Mới", LocalDate.of(2025, 6, 1));
        Path file = folder.resolve("so-2024.xlsx");
        assertEquals(3, exports.writeMemberBook(LocalDate.of(2024, 1, 1), file));
        try (ProducedWorkbook produced = ProducedWorkbook.open(file)) {
            List<String> texts = ProducedWorkbook.texts(produced.sheet(0));
            assertTrue(texts.contains("Chi bộ thôn Khòn Pát: 1 đảng viên"), "Dung left in 2023: only Hùng");
            assertTrue(texts.contains("Chi bộ thôn Nà Pàn: 2 đảng viên"), "An and Cường (alive then), under the old name");
            assertTrue(texts.contains("Phạm Văn Cường\n01/01/1940"));
            assertFalse(texts.stream().anyMatch(t -> t.startsWith("Lê Thị Bình")), "admitted in 2025");
        }
    }

    @Test
    void memberListKeepsTheScreensOrderAndWritesDatesAsDates() throws IOException {
        Path file = folder.resolve("danh-sach.xlsx");
        MemberList list = new MemberList(LocalDate.of(2025, 12, 31), "Chi bộ: Chi bộ thôn Nà Pàn; giới tính: Nữ", List.of(
                new MemberListRow("Trần Thị Yến", LocalDate.of(1990, 2, 3), "Nữ", "Chi bộ thôn Nà Pàn",
                        LocalDate.of(2015, 7, 26), LocalDate.of(2016, 7, 26), "Chính thức"),
                new MemberListRow("Lê Thị An", LocalDate.of(1999, 12, 1), "Nữ", "Chi bộ thôn Nà Pàn",
                        LocalDate.of(2025, 1, 15), null, "Dự bị")));
        assertEquals(2, exports.writeMemberList(list, file));
        try (ProducedWorkbook produced = ProducedWorkbook.open(file)) {
            Sheet sheet = produced.sheet(0);
            List<String> texts = ProducedWorkbook.texts(sheet);
            assertTrue(texts.contains("DANH SÁCH ĐẢNG VIÊN"));
            assertTrue(texts.contains("Danh sách đảng viên đến ngày 31/12/2025: 2 người"), texts.toString());
            assertTrue(texts.contains("Chi bộ: Chi bộ thôn Nà Pàn; giới tính: Nữ"));
            int header = ProducedWorkbook.rowStarting(sheet, "STT");
            assertEquals(List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng",
                    "Ngày chính thức", "Trạng thái"), ProducedWorkbook.strings(sheet, header, 8));
            Row first = sheet.getRow(header + 1);
            assertEquals(1, first.getCell(0).getNumericCellValue());
            assertEquals("Trần Thị Yến", first.getCell(1).getStringCellValue(), "the screen's order, not name order");
            for (int column : new int[] {2, 5, 6}) {
                Cell date = first.getCell(column);
                assertEquals(CellType.NUMERIC, date.getCellType());
                assertEquals("dd/mm/yyyy", date.getCellStyle().getDataFormatString());
            }
            assertEquals(LocalDate.of(1990, 2, 3), first.getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("03/02/1990", ProducedWorkbook.shown(first.getCell(2)));
            Row second = sheet.getRow(header + 2);
            assertEquals(List.of("2", "Lê Thị An", "01/12/1999", "Nữ", "Chi bộ thôn Nà Pàn", "15/01/2025", "", "Dự bị"),
                    java.util.stream.IntStream.range(0, 8).mapToObj(c -> ProducedWorkbook.shown(second.getCell(c))).toList());
            texts = ProducedWorkbook.texts(sheet);
            assertEquals(List.of("NGƯỜI LẬP BIỂU", "T/M ĐẢNG ỦY", "BÍ THƯ"), texts.subList(texts.size() - 3, texts.size()));
            produced.assertTimesNewRomanEverywhere();
        }
    }
}
