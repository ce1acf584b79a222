package vn.dangvu.logic.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.fee.FeeBasis;
import vn.dangvu.model.fee.FeeBookRow;
import vn.dangvu.model.fee.FeeCategory;
import vn.dangvu.model.fee.FeeCell;
import vn.dangvu.model.fee.FeeReport;
import vn.dangvu.model.fee.FeeReportRow;

/** The fee book, payments, arrears and the report on a real H2 file. */
class FeeServiceTest {

    private static final String CLERK = "Văn phòng";
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 20);

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private FeeService fees;
    private long napan;
    private long khe;
    private long hai;
    private long mai;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        BranchService branches = new BranchService(database);
        napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
        khe = branches.create("Chi bộ thôn Khe Lạc", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
        register = new RegisterService(database);
        fees = new FeeService(database, RuleTables.feeRules(null));
        hai = member("Lục Văn Hải", LocalDate.of(2000, 3, 1), napan);
        mai = member("Hoàng Thị Mai", LocalDate.of(2005, 3, 1), napan);
        fees.saveBasis(mai, new FeeBasis(FeeCategory.PENSIONER, 5_200_000L, null, null, null, null), CLERK);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private long member(String name, LocalDate admitted, long branch) {
        return register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1960, 5, 1),
                        "Kinh", null, null, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, branch)), CLERK).member().id();
    }

    @ParameterizedTest(name = "{0}: exempt from {1}")
    @CsvSource(delimiter = '|', value = {
        // no decision date, no gap: 50 years on 10/01/2026; the first month starting after it is 02/2026
        "ceremony 10/01/1976 | 2026-02",
        // decided 20/02/1976, ceremony 05/03/1976: party age counts from the decision, 50 years on 20/02/2026,
        // exempt from 03/2026 (counted from the ceremony it would be 05/03/2026 and 04/2026: a month too long)
        "ceremony 05/03/1976, decided 20/02/1976 | 2026-03",
        // admitted 10/01/1976 elsewhere, letter of 10/03/2000, joined here 10/06/2000: 31 + 30 + 31 = 92 days
        // between organisations; 10/01/2026 + 92 days = 12/04/2026 (31 to 10/02, 28 to 10/03, 31 to 10/04, + 2)
        "ceremony 10/01/1976, letter 10/03/2000, joined 10/06/2000 | 2026-05",
    })
    void fiftyYearsOfPartyAgeAsTheBadgesCountThemExemptFromTheNextMonth(String history, YearMonth firstExempt) {
        List<MembershipEvent> events = new java.util.ArrayList<>();
        java.util.Map<String, LocalDate> dates = new java.util.HashMap<>();
        for (String part : history.split(", ")) {
            String[] words = part.split(" ");
            dates.put(words[0], vn.dangvu.model.DateFormats.parse(words[1]).orElseThrow());
        }
        boolean transferred = dates.containsKey("joined");
        long old = new BranchService(database).create("Chi bộ thôn Bản Chắt", BranchKind.VILLAGE, LocalDate.of(1970, 1, 1))
                .id();
        events.add(MembershipEvent.of(MembershipEventType.ADMITTED, dates.get("ceremony"), transferred ? null : old)
                .withDecision(new Decision(null, dates.get("decided"), null)));
        if (transferred) {
            events.add(MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, dates.get("joined"), napan)
                    .withDecision(new Decision(null, dates.get("letter"), null))
                    .withOtherOrganisation(new OtherOrganisation("Đảng bộ xã Tân Lập", "Lạng Sơn", null)));
        }
        long veteran = register.createMember(new Member(null, 0, PersonName.parse("Nông Văn Thạch"), Sex.MALE,
                LocalDate.of(1950, 5, 1), "Tày", null, null, null), events, CLERK).member().id();
        FeeBookRow row = fees.book(transferred ? napan : old, 2026, AS_OF).stream().filter(r -> r.memberId() == veteran)
                .findFirst()
                .orElseThrow();
        for (FeeCell cell : row.cells()) {
            boolean exempt = !cell.month().isBefore(firstExempt);
            assertEquals(exempt, cell.status() == FeeCell.Status.EXEMPT, cell.month() + ": " + cell);
        }
        assertEquals(firstExempt.isAfter(YearMonth.of(2026, 2)), fees.unpaidMonths(veteran, 2026, AS_OF)
                .contains(YearMonth.of(2026, 2)), "February 2026 is owed unless exempt");
    }

    @Test
    void theBookShowsPaidUnpaidAndLaterMonthsWithAmountsOfEachPeriod() {
        assertEquals(1, fees.payThrough(hai, YearMonth.of(2026, 1), LocalDate.of(2026, 1, 28), CLERK));
        assertEquals(1, fees.payThrough(hai, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 28), CLERK));

        List<FeeBookRow> book = fees.book(napan, 2026, AS_OF);

        assertEquals(List.of("Lục Văn Hải", "Hoàng Thị Mai"), book.stream().map(r -> r.name().full()).toList());
        FeeBookRow haiRow = book.get(0);
        assertEquals(List.of(FeeCell.Status.PAID, FeeCell.Status.PAID, FeeCell.Status.UNPAID, FeeCell.Status.LATER),
                haiRow.cells().subList(0, 4).stream().map(FeeCell::status).toList());
        assertEquals(12_000, haiRow.paidTotal());
        assertEquals(6_000, haiRow.arrearsAmount());
        assertEquals(List.of(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3)),
                book.get(1).arrears().stream().map(FeeCell::month).toList());
        assertEquals(78_000, book.get(1).arrearsAmount()); // 0,5% of 5.200.000 đ for three months
        assertEquals("Hưởng lương hưu, 5.200.000 đ", book.get(1).basis());
        assertTrue(fees.book(khe, 2026, AS_OF).isEmpty());
    }

    @Test
    void theBranchPaysAMonthAtTheMeetingOnceOnly() {
        assertEquals(2, fees.payMonth(napan, YearMonth.of(2026, 3), LocalDate.of(2026, 3, 15), CLERK));
        assertEquals(0, fees.payMonth(napan, YearMonth.of(2026, 3), LocalDate.of(2026, 3, 16), CLERK));
        assertEquals(0, fees.payMonth(khe, YearMonth.of(2026, 3), LocalDate.of(2026, 3, 16), CLERK));

        fees.cancelPayment(hai, YearMonth.of(2026, 3));
        // January and February were not collected at all: only March, kept in the book, counts as unpaid
        assertEquals(Map.of(hai, List.of(YearMonth.of(2026, 3))), fees.unpaidMonths(2026, AS_OF));
        assertThrows(RecordRejected.class, () -> fees.cancelPayment(hai, YearMonth.of(2026, 3)));
    }

    @Test
    void anOfficeThatKeepsNoFeeBookHasNobodyUnpaid() {
        assertEquals(Map.of(), fees.unpaidMonths(2026, AS_OF));
    }

    @Test
    void theBookShowsNoArrearsBeforeTheOfficeBeganRecordingFees() {
        List<FeeBookRow> empty = fees.book(napan, 2026, AS_OF);
        assertTrue(empty.stream().allMatch(r -> r.arrears().isEmpty()), "nothing recorded yet: nobody owes");
        assertEquals(List.of(FeeCell.Status.NOT_RECORDED, FeeCell.Status.NOT_RECORDED, FeeCell.Status.NOT_RECORDED,
                FeeCell.Status.LATER), empty.get(0).cells().subList(0, 4).stream().map(FeeCell::status).toList());

        fees.payMonth(napan, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 25), CLERK);
        FeeBookRow hai = fees.book(napan, 2026, AS_OF).get(0);
        assertEquals(List.of(FeeCell.Status.NOT_RECORDED, FeeCell.Status.PAID, FeeCell.Status.UNPAID),
                hai.cells().subList(0, 3).stream().map(FeeCell::status).toList(), "kept from February on");
        assertEquals(6_000, hai.arrearsAmount());
    }

    @Test
    void payingAheadPaysFromTheStartOfTheBookNotEveryMonthBeforeIt() {
        fees.payMonth(napan, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 25), CLERK);
        assertEquals(2, fees.payThrough(hai, YearMonth.of(2026, 4), LocalDate.of(2026, 3, 20), CLERK),
                "March and April; January was before the book started");
        List<FeeBookRow> book = fees.book(napan, 2026, AS_OF);
        assertEquals(List.of(FeeCell.Status.NOT_RECORDED, FeeCell.Status.PAID, FeeCell.Status.PAID,
                FeeCell.Status.PAID), book.get(0).cells().subList(0, 4).stream().map(FeeCell::status).toList());
        assertEquals(FeeCell.Status.NOT_RECORDED, book.get(1).cells().get(0).status(), "Mai's January is still unknown");
    }

    @Test
    void membersAwayPayWhereTheyAreHostedAndHostedMembersPayHere() {
        // a month is owed where the member is at its end
        register.recordEvent(hai, MembershipEvent.of(MembershipEventType.TEMPORARY_LEAVE, LocalDate.of(2026, 2, 2), null)
                .withOtherOrganisation(new OtherOrganisation("Đảng bộ phường Hồng Hải", null, null)), CLERK);
        long guest = register.createMember(new Member(null, 0, PersonName.parse("Vi Văn Khách"), Sex.MALE,
                LocalDate.of(1990, 1, 1), "Tày", null, null, null), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 1, 1), null),
                MembershipEvent.of(MembershipEventType.HOSTING_STARTED, LocalDate.of(2026, 2, 10), khe)), CLERK)
                .member().id();

        assertEquals(List.of(YearMonth.of(2026, 1)), fees.unpaidMonths(hai, 2026, AS_OF));
        assertEquals(List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3)), fees.unpaidMonths(guest, 2026, AS_OF));
        assertEquals(List.of("Vi Văn Khách"), fees.book(khe, 2026, AS_OF).stream().map(r -> r.name().full()).toList());
    }

    @Test
    void theQuarterlyReportSplitsWhatWasCollectedIntoRetainedAndForwarded() {
        fees.payThrough(mai, YearMonth.of(2026, 1), LocalDate.of(2026, 1, 15), CLERK); // the book starts in January
        fees.payThrough(hai, YearMonth.of(2026, 3), LocalDate.of(2026, 3, 15), CLERK);

        FeeReport report = fees.report(YearMonth.of(2026, 1), YearMonth.of(2026, 3), AS_OF);

        assertEquals("quý I/2026", report.periodLabel());
        assertEquals(1, report.rows().size(), "branches without payers are left out");
        FeeReportRow napanRow = report.rows().get(0);
        assertEquals(new FeeReportRow("Chi bộ thôn Nà Pàn", 2, 1, 18_000 + 78_000, 18_000 + 26_000, 1, 52_000,
                39_600, 4_400), napanRow);
        assertEquals(napanRow.collected(), report.total().collected());
    }

    @Test
    void theReportIsWrittenAsAnExcelTable() throws Exception {
        fees.payThrough(hai, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 28), CLERK);
        Path file = folder.resolve("dang-phi.xlsx");

        assertEquals(1, fees.writeReport(YearMonth.of(2026, 2), YearMonth.of(2026, 2), AS_OF, file));

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell).append('|')));
            assertTrue(all.toString().contains("BÁO CÁO THU, NỘP ĐẢNG PHÍ"), all.toString());
            assertTrue(all.toString().contains("Tháng 2/2026"), all.toString());
            assertTrue(all.toString().contains("Chi bộ thôn Nà Pàn"), all.toString());
        }
    }
}
