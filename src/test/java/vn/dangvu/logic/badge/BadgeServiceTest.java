package vn.dangvu.logic.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.discipline.DisciplineService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.badge.BadgeRoundList;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;

/** Badges and discipline on a real H2 file: what the clerk decides is kept and shapes the lists. */
class BadgeServiceTest {

    private static final String CLERK = "Văn phòng Đảng ủy";
    private static final LocalDate ROUND = LocalDate.of(2025, 9, 2);

    @TempDir
    Path dataFolder;

    private Database database;
    private BadgeService badges;
    private DisciplineService discipline;
    private RegisterService register;
    private long branch;

    @BeforeEach
    void open() {
        database = Database.open(dataFolder);
        badges = new BadgeService(database, RuleTables.badgeRules(dataFolder));
        discipline = new DisciplineService(database);
        register = new RegisterService(database);
        branch = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(1950, 1, 1)).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long member(String name, LocalDate ceremony, LocalDate decided, MembershipEventType... more) {
        MembershipEvent admitted = MembershipEvent.of(MembershipEventType.ADMITTED, ceremony, branch)
                .withDecision(new Decision("5-QĐ/HU", decided, null));
        List<MembershipEvent> events = new java.util.ArrayList<>(List.of(admitted));
        if (more.length > 0) {
            events.add(MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, ceremony.plusYears(1), null));
        }
        return register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1960, 1, 1),
                "Kinh", null, null, null), events, CLERK).member().id();
    }

    @Test
    void partyAgeCountsFromTheStoredAdmissionDecision() {
        // ceremony 10/09/1995 is after the round; the decision of 20/08/1995 brings 30 years into it
        long id = member("Lục Văn Hải", LocalDate.of(1995, 9, 10), LocalDate.of(1995, 8, 20));
        BadgeRoundList list = badges.round(ROUND);
        assertEquals(1, list.own().size());
        assertEquals(id, list.own().get(0).memberId());
        assertEquals(LocalDate.of(2025, 8, 20), list.own().get(0).reachedOn());
        assertEquals("từ 20/08/1995", list.own().get(0).partyAge());
        assertEquals("Chi bộ thôn Nà Pàn", list.own().get(0).branch());
    }

    @Test
    void exclusionsAwardsAndTheProposalAreKept() throws Exception {
        long hai = member("Lục Văn Hải", LocalDate.of(1995, 7, 1), null);
        long thu = member("Đinh Văn Thu", LocalDate.of(1995, 7, 2), null);
        badges.exclude(ROUND, thu, 30, "Đang bị xem xét kỷ luật", CLERK);
        // Vietnamese name order: by given name, Hải before Thu
        assertEquals("Đang bị xem xét kỷ luật", badges.round(ROUND).own().get(1).excluded());

        badges.award(ROUND, hai, 30, new Decision("125-QĐ/HU", LocalDate.of(2025, 8, 28), "Huyện ủy"), "0456789", CLERK);
        RecordRejected twice = assertThrows(RecordRejected.class, () -> badges.award(ROUND, hai, 30,
                new Decision("126-QĐ/HU", null, null), "0456790", CLERK));
        assertEquals("Lục Văn Hải đã được tặng Huy hiệu 30 năm tuổi Đảng.", twice.getMessage());
        RecordRejected excluded = assertThrows(RecordRejected.class, () -> badges.award(ROUND, 999, 30,
                new Decision("1", null, null), null, CLERK));
        assertTrue(excluded.getMessage().startsWith("Người này không có trong danh sách"), excluded.getMessage());
        assertEquals(1L, badges.counts(2025).byMilestone().get(30));

        Path file = dataFolder.resolve("de-nghi.xlsx");
        assertEquals(1, badges.writeProposal(badges.round(ROUND), file));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            String text = text(book.getSheetAt(0));
            assertTrue(text.contains("DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG"), text);
            assertTrue(text.contains("Lục Văn Hải"), text);
            assertTrue(!text.contains("Đinh Văn Thu"), "the excluded member is not proposed");
            assertTrue(text.contains("Huy hiệu 30 năm tuổi Đảng"), text);
        }
        badges.include(ROUND, thu, 30);
        assertEquals(2, badges.round(ROUND).proposal().size());
    }

    @Test
    void disciplineIsRefusedWhenTheFormIsNotAllowedAndExpulsionEndsMembership() {
        long probationary = member("Lục Văn Hải", LocalDate.of(2025, 1, 10), null);
        RecordRejected refused = assertThrows(RecordRejected.class, () -> discipline.record(new Discipline(null,
                probationary, DisciplineForm.DISMISSAL, LocalDate.of(2025, 6, 1), Decision.NONE, null), CLERK));
        assertEquals("Ngày 01/06/2025 là đảng viên dự bị: chỉ khiển trách hoặc cảnh cáo, không cách chức (Điều lệ Đảng, Điều 35).",
                refused.getMessage());
        assertTrue(discipline.forMember(probationary).isEmpty());

        long official = member("Đinh Văn Thu", LocalDate.of(1990, 1, 10), null, MembershipEventType.RECOGNIZED_OFFICIAL);
        discipline.record(new Discipline(null, official, DisciplineForm.EXPULSION, LocalDate.of(2025, 6, 1),
                new Decision("7-QĐ/ĐU", LocalDate.of(2025, 5, 30), "Đảng ủy xã"), "Vi phạm nghiêm trọng"), CLERK);
        assertEquals(MemberStatus.EXPELLED, register.loadMember(official).history().stateOn(LocalDate.of(2025, 6, 1)).status());
        assertEquals(1, discipline.forMember(official).size());
    }

    @Test
    void aWarningKeepsTheMemberOffTheRoundWithItsReason() {
        long id = member("Lục Văn Hải", LocalDate.of(1995, 7, 1), null, MembershipEventType.RECOGNIZED_OFFICIAL);
        discipline.record(new Discipline(null, id, DisciplineForm.WARNING, LocalDate.of(2025, 3, 10), Decision.NONE, null), CLERK);
        // the standard rules count 6 months from the decision (no decision date here: the announcement)
        assertEquals("Kỷ luật cảnh cáo ngày 10/03/2025, chờ đến 10/09/2025", badges.round(ROUND).own().get(0).excluded());
        assertNull(badges.round(LocalDate.of(2025, 11, 7)).earlier().get(0).excluded());
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                all.append(cell.toString()).append('|');
            }
        }
        return all.toString();
    }
}
