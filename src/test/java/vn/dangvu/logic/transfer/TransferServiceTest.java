package vn.dangvu.logic.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.due.DueService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipRuleViolation;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.due.DueItem;
import vn.dangvu.model.due.DueKind;
import vn.dangvu.model.stats.ChangeLine;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;
import vn.dangvu.model.transfer.ExpectedTransfer;
import vn.dangvu.model.transfer.LetterLine;
import vn.dangvu.model.transfer.TransferLetter;

/** Transfers with their Mẫu 10-SHĐ letters on a real H2 file. */
class TransferServiceTest {

    private static final String CLERK = "Văn phòng";
    private static final OtherOrganisation ELSEWHERE =
            new OtherOrganisation("Đảng bộ phường Hồng Hải", "Tỉnh Quảng Ninh", "Thành phố Hạ Long");
    private static final OtherOrganisation OTHER_PROVINCE =
            new OtherOrganisation("Chi bộ Trường THPT Lê Lợi", "Tỉnh Lạng Sơn", "Huyện Lộc Bình");

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private TransferService transfers;
    private DueService due;
    private long napan;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        new CommitteeService(database).save(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ tỉnh Quảng Ninh"));
        napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
        register = new RegisterService(database);
        transfers = new TransferService(database);
        due = new DueService(database, RuleTables.admissionDeadlines(null));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private long member(String name, LocalDate admitted) {
        return register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1980, 5, 1),
                        "Kinh", null, null, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, napan),
                        MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, admitted.plusYears(1), null)),
                CLERK).member().id();
    }

    private LetterLine out(long member, MembershipEventType type, LocalDate on, OtherOrganisation to) {
        MembershipEvent event = MembershipEvent.of(type, on, null).withOtherOrganisation(to);
        return transfers.record(member, event, TransferLetter.draft("12-GGT/ĐU", on, YearMonth.of(on.getYear(), on.getMonthValue())),
                CLERK);
    }

    @Test
    void lettersAreNumberedFromOneEachYearAndALateLetterTakesTheNextNumberOfItsYear() {
        LetterLine a = out(member("Lục Văn Hải", LocalDate.of(2000, 3, 1)), MembershipEventType.TRANSFERRED_OUT,
                LocalDate.of(2025, 3, 10), ELSEWHERE);
        LetterLine b = out(member("Hoàng Thị Mai", LocalDate.of(2001, 3, 1)), MembershipEventType.TEMPORARY_LEAVE,
                LocalDate.of(2025, 6, 2), ELSEWHERE);
        LetterLine c = out(member("Nông Văn Tú", LocalDate.of(2002, 3, 1)), MembershipEventType.TRANSFERRED_OUT,
                LocalDate.of(2026, 1, 5), OTHER_PROVINCE);
        LetterLine late = out(member("Đàm Văn Lâm", LocalDate.of(2003, 3, 1)), MembershipEventType.TRANSFERRED_OUT,
                LocalDate.of(2025, 12, 30), ELSEWHERE);

        assertEquals(List.of(1, 2, 1, 3), List.of(a.letter().number(), b.letter().number(), c.letter().number(),
                late.letter().number()));
        assertEquals(List.of("Lục Văn Hải", "Hoàng Thị Mai", "Đàm Văn Lâm"), transfers.overview(2025, LocalDate.of(2026, 1, 31))
                .lines().stream().map(l -> l.name().full()).toList());
        assertEquals("Chi bộ thôn Nà Pàn, Đảng bộ xã Hải Yến", a.from());
        assertEquals("Đảng bộ phường Hồng Hải, Thành phố Hạ Long, Tỉnh Quảng Ninh", a.to());
        assertEquals("Ngoài tỉnh", c.scopeLabel());
        assertEquals("Trong tỉnh", a.scopeLabel());
        assertEquals("Tạm thời", b.kind().formLabel());
        assertEquals("tháng 3/2025", a.letter().feesPaidThroughText());
    }

    @Test
    void aRefusedTransferWritesNeitherTheEventNorTheLetter() {
        long hai = member("Lục Văn Hải", LocalDate.of(2000, 3, 1));
        out(hai, MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2025, 3, 10), ELSEWHERE);

        assertThrows(MembershipRuleViolation.class,
                () -> out(hai, MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2025, 4, 10), ELSEWHERE));
        assertThrows(RecordRejected.class, () -> transfers.record(hai, MembershipEvent.of(
                MembershipEventType.TEMPORARY_LEAVE, LocalDate.of(2025, 2, 1), null),
                TransferLetter.draft(null, LocalDate.of(2025, 2, 1), null), CLERK));

        assertEquals(1, transfers.overview(2025, LocalDate.of(2025, 12, 31)).lines().size());
        assertEquals(2 + 1, register.loadMember(hai).history().events().size());
    }

    @Test
    void anOfficialLetterIsPendingAndDueWithin30WorkingDaysUntilReceiptIsConfirmed() {
        long hai = member("Lục Văn Hải", LocalDate.of(2000, 3, 1));
        // 02/03/2026 (Monday): the 30th working day after it is 13/04/2026
        LetterLine line = out(hai, MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2026, 3, 2), ELSEWHERE);
        assertTrue(line.pending());

        List<DueItem> items = transferItems(LocalDate.of(2026, 4, 14));
        assertEquals(1, items.size());
        assertEquals(DueKind.TRANSFER_LETTER_PRESENTED, items.get(0).kind());
        assertEquals(LocalDate.of(2026, 4, 13), items.get(0).dueDate());
        assertTrue(items.get(0).overdue());
        assertEquals("Chi bộ thôn Nà Pàn", items.get(0).branch());
        assertEquals(1, transfers.overview(2026, LocalDate.of(2026, 4, 14)).pending().size());

        transfers.confirmReceipt(line.letter().id(), LocalDate.of(2026, 4, 20));

        assertTrue(transferItems(LocalDate.of(2026, 4, 21)).isEmpty());
        assertTrue(transfers.overview(2026, LocalDate.of(2026, 4, 21)).pending().isEmpty());
        assertThrows(RecordRejected.class, () -> transfers.confirmReceipt(line.letter().id(), LocalDate.of(2026, 4, 22)));
    }

    @Test
    void aMemberWhoShouldTransferIsDueWithin60WorkingDaysUntilTheTransferOut() {
        long hai = member("Lục Văn Hải", LocalDate.of(2000, 3, 1));
        transfers.expect(new ExpectedTransfer(null, hai, LocalDate.of(2026, 3, 2), "Nghỉ hưu", null, null), CLERK);

        List<DueItem> items = transferItems(LocalDate.of(2026, 3, 2));
        assertEquals(DueKind.TRANSFER_START, items.get(0).kind());
        assertEquals(LocalDate.of(2026, 5, 28), items.get(0).dueDate()); // 60th working day; 27/4, 30/4 and 1/5 off
        assertFalse(items.get(0).overdue());

        out(hai, MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2026, 4, 1), ELSEWHERE);
        assertEquals(List.of(DueKind.TRANSFER_LETTER_PRESENTED),
                transferItems(LocalDate.of(2026, 4, 2)).stream().map(DueItem::kind).toList());
    }

    @Test
    void temporarilyAwayMembersAreCountedAtHomeAndHostedMembersAreListedApartAndNotCounted() {
        long away = member("Lục Văn Hải", LocalDate.of(2000, 3, 1));
        member("Hoàng Thị Mai", LocalDate.of(2001, 3, 1));
        long guest = register.createMember(new Member(null, 0, PersonName.parse("Vi Văn Khách"), Sex.MALE,
                LocalDate.of(1990, 1, 1), "Tày", null, null, null), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 1, 1), null),
                MembershipEvent.of(MembershipEventType.HOSTING_STARTED, LocalDate.of(2025, 5, 1), napan)
                        .withOtherOrganisation(OTHER_PROVINCE)), CLERK).member().id();
        out(away, MembershipEventType.TEMPORARY_LEAVE, LocalDate.of(2025, 4, 1), ELSEWHERE);
        var arrival = transfers.overview(2025, LocalDate.of(2025, 6, 30)).withoutLetter().stream()
                .filter(t -> t.memberId() == guest).findFirst().orElseThrow();
        assertEquals("Tạm thời", transfers.registerLetter(guest, arrival.event().id(),
                TransferLetter.draft("7/GGT", LocalDate.of(2025, 5, 1), null), CLERK).kind().formLabel());

        TransferService.Overview overview = transfers.overview(2025, LocalDate.of(2025, 6, 30));
        assertEquals(List.of("Lục Văn Hải"), overview.away().stream().map(s -> s.name().full()).toList());
        assertEquals(List.of("Vi Văn Khách"), overview.hosted().stream().map(s -> s.name().full()).toList());
        assertEquals("Chi bộ Trường THPT Lê Lợi, Huyện Lộc Bình, Tỉnh Lạng Sơn", overview.hosted().get(0).where());

        StatisticsReport report = new vn.dangvu.logic.stats.StatisticsService(database)
                .report(new StatisticsPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
        assertEquals(2, report.change().get(ChangeLine.CLOSING).value(), "away counted at home, the guest not counted");
        assertEquals(0, report.change().get(ChangeLine.TRANSFERRED_OUT).value());
        assertEquals(0, report.change().get(ChangeLine.TRANSFERRED_IN).value());

        transfers.endTemporary(away, LocalDate.of(2025, 9, 1), null, CLERK);
        transfers.endTemporary(guest, LocalDate.of(2025, 9, 1), null, CLERK);
        TransferService.Overview later = transfers.overview(2025, LocalDate.of(2025, 9, 30));
        assertTrue(later.away().isEmpty());
        assertTrue(later.hosted().isEmpty());
    }

    @Test
    void anArrivalEnteredWithTheMemberRecordGetsItsLetterLater() {
        long arrived = register.createMember(new Member(null, 0, PersonName.parse("Triệu Thị Hoa"), Sex.FEMALE,
                        LocalDate.of(1985, 1, 1), "Dao", null, null, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 1, 1), null),
                        MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, LocalDate.of(2026, 2, 10), napan)
                                .withOtherOrganisation(OTHER_PROVINCE).withDecision(new Decision("5", null, null))),
                CLERK).member().id();
        TransferService.Overview overview = transfers.overview(2026, LocalDate.of(2026, 3, 1));
        assertEquals(1, overview.withoutLetter().size());

        LetterLine line = transfers.registerLetter(arrived, overview.withoutLetter().get(0).event().id(),
                TransferLetter.draft("31-GGT/ĐU", LocalDate.of(2026, 2, 10), YearMonth.of(2026, 1)), CLERK);

        assertEquals(1, line.letter().number());
        assertEquals("Đến", line.kind().directionLabel());
        assertEquals("Chi bộ thôn Nà Pàn, Đảng bộ xã Hải Yến", line.to());
        assertTrue(transfers.overview(2026, LocalDate.of(2026, 3, 1)).withoutLetter().isEmpty());
        assertThrows(RecordRejected.class, () -> transfers.registerLetter(arrived, line.letter().eventId(),
                TransferLetter.draft(null, LocalDate.of(2026, 2, 10), null), CLERK));
    }

    @Test
    void theRegisterIsWrittenAsAnExcelDocument() throws Exception {
        out(member("Lục Văn Hải", LocalDate.of(2000, 3, 1)), MembershipEventType.TRANSFERRED_OUT,
                LocalDate.of(2025, 3, 10), ELSEWHERE);
        Path file = folder.resolve("10-SHD.xlsx");

        assertEquals(1, transfers.writeRegister(2025, file));

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var sheet = book.getSheetAt(0);
            String text = new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(sheet.getRow(4).getCell(0));
            assertEquals("SỔ GIỚI THIỆU SINH HOẠT ĐẢNG", text);
            boolean found = false;
            for (var row : sheet) {
                for (var cell : row) {
                    found |= cell.toString().startsWith("Lục Văn Hải");
                }
            }
            assertTrue(found);
        }
    }

    private List<DueItem> transferItems(LocalDate asOf) {
        return due.dueOn(asOf).stream().filter(i -> i.kind() == DueKind.TRANSFER_LETTER_PRESENTED
                || i.kind() == DueKind.TRANSFER_START).toList();
    }
}
