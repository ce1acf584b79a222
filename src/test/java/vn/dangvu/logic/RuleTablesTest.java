package vn.dangvu.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.model.badge.DisciplineWait;
import vn.dangvu.model.fee.FeeBasis;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.rating.RatingRegimes;

/** Every rule table: the office's copy in the data folder's rules/ wins over the shipped one. */
class RuleTablesTest {

    @TempDir
    Path folder;

    private Path own(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void withoutAnOwnCopyTheShippedTablesAreRead() {
        assertTrue(RuleTables.holidays(folder).isHoliday(LocalDate.of(2026, 9, 2)));
        assertEquals(90, RuleTables.meetingLengthRules(folder).inForceOn(LocalDate.of(2026, 1, 1)).orElseThrow()
                .singleMinutes());
        assertEquals(5, RuleTables.admissionDeadlines(folder).certificateValidYears());
        assertEquals(12, RuleTables.badgeRules(folder).milestones().size());
        assertEquals(DisciplineWait.Start.DECISION, RuleTables.badgeRules(folder).disciplineWaitFrom());
        assertEquals(2, RuleTables.atRiskMonths(folder).warnFrom());
        assertEquals(List.of(1990, 2018, 2023, 2025),
                RuleTables.ratingRegimes(folder).all().stream().map(r -> r.fromYear()).toList());
        assertEquals(6000, RuleTables.feeRules(folder).monthlyFee(YearMonth.of(2026, 3), FeeBasis.DEFAULT, null).amount());
    }

    @Test
    void theOfficesHolidaysAndAdmissionSettingsWin() throws IOException {
        own(RuleTables.HOLIDAYS, "date;name\n2026-09-02;Quốc khánh\n04/09/2026;\"Nghỉ bù; theo thông báo\"\n");
        own(RuleTables.ADMISSION, "certificateValidYears = 3\n");
        assertEquals("Nghỉ bù; theo thông báo", RuleTables.holidays(folder).nameOf(LocalDate.of(2026, 9, 4)).orElseThrow());
        assertFalse(RuleTables.holidays(folder).isHoliday(LocalDate.of(2026, 9, 3)));
        assertEquals(3, RuleTables.admissionDeadlines(folder).certificateValidYears());
    }

    @Test
    void theOfficesMeetingLengthTableWins() throws IOException {
        own(RuleTables.MEETING_LENGTH, "valid_from,single_minutes,combined_minutes,basis\n2026-01-01,60,100,Quy định riêng\n");
        assertTrue(RuleTables.meetingLengthRules(folder).inForceOn(LocalDate.of(2025, 12, 31)).isEmpty());
        assertEquals(100, RuleTables.meetingLengthRules(folder).inForceOn(LocalDate.of(2026, 1, 1)).orElseThrow()
                .combinedMinutes());
    }

    @Test
    void theOfficesBadgeRoundsWinAndMissingKeysKeepTheStandard() throws IOException {
        own(RuleTables.BADGES, "rounds=03/02, 02/09\nposthumousMonths=6\n");
        var rules = RuleTables.badgeRules(folder);
        assertEquals(List.of(MonthDay.of(2, 3), MonthDay.of(9, 2)), rules.rounds());
        assertEquals(6, rules.posthumousMonths());
        assertEquals(24, rules.illnessMonthsFrom70());
        assertEquals(DisciplineWait.Start.DECISION, rules.disciplineWaitFrom());
    }

    @Test
    void anOfficeMayWarnOfRemovalFromAnotherMonthCount() throws IOException {
        own(RuleTables.REMOVAL, "warnFromMonths=1\n");
        assertEquals(1, RuleTables.atRiskMonths(folder).warnFrom());
        Path removal = own(RuleTables.REMOVAL, "warnFromMonths=5\n");
        assertEquals(removal + ": Số tháng bắt đầu cảnh báo phải từ 1 đến 3, không phải 5.",
                assertThrows(IllegalArgumentException.class, () -> RuleTables.atRiskMonths(folder)).getMessage());
    }

    @Test
    void anOfficeMayCountTheDisciplineWaitFromTheLapse() throws IOException {
        own(RuleTables.BADGES, "disciplineWaitFrom = het-hieu-luc\n");
        assertEquals(DisciplineWait.Start.LAPSE, RuleTables.badgeRules(folder).disciplineWaitFrom());
        Path badges = own(RuleTables.BADGES, "disciplineWaitFrom=ngay-cong-bo\n");
        assertEquals(badges + ", disciplineWaitFrom: \"ngay-cong-bo\" không hợp lệ; viết quyet-dinh (tính từ ngày quyết"
                + " định kỷ luật) hoặc het-hieu-luc (tính từ khi kỷ luật hết hiệu lực).",
                assertThrows(IllegalArgumentException.class, () -> RuleTables.badgeRules(folder)).getMessage());
    }

    @Test
    void anOfficeCanAddANewRatingRegimeAsALine() throws IOException {
        own(RuleTables.RATING_REGIMES, "# chú thích\n" + RATING_HEADER + "\n"
                + "2018;A|B|C|D;E|F|G|H;;20;100|80;cũ\n"
                + "2027;A|B|C|D;E|F|G|H;85|65|45;15;100|80;Quy định mới\n");
        RatingRegimes edited = RuleTables.ratingRegimes(folder);
        assertFalse(edited.forYear(2026).scored());
        assertEquals(RatingGrade.EXCELLENT, edited.forYear(2027).gradeForScore(85));
        assertEquals(RatingGrade.COMPLETED, edited.forYear(2027).gradeForScore(64));
        assertEquals(15, edited.forYear(2027).excellentQuotaPercent());
    }

    private static final String RATING_HEADER = "from_year;member_grades;organisation_grades;score_minimums;"
            + "excellent_quota_percent;branch_excellent_condition;basis";

    @Test
    void aMistakeNamesTheOfficesFileItsLineAndColumn() throws IOException {
        Path fees = own(RuleTables.FEES, "valid_from,item,value,basis\n2026-02-01,OTHER,6000,x\n"
                + "2026-02-01,STUDENT,năm nghìn,\n");
        assertEquals(fees + ", dòng 3, cột 3 (value): \"năm nghìn\" không phải là số nguyên.",
                assertThrows(IllegalArgumentException.class, () -> RuleTables.feeRules(folder)).getMessage());
        own(RuleTables.FEES, "valid_from,item,value,basis\n2026-02-01,TEACHER,6000,x\n");
        assertEquals(fees + ", dòng 2, cột 2 (item): mục \"TEACHER\" không có trong bảng đảng phí.",
                assertThrows(IllegalArgumentException.class, () -> RuleTables.feeRules(folder)).getMessage());

        Path regimes = own(RuleTables.RATING_REGIMES, RATING_HEADER + "\n2018;A|B|C;E|F|G|H;;20;100|80;x\n");
        assertEquals(regimes + ", dòng 2: Năm 2018: cần đúng 4 mức xếp loại.",
                assertThrows(IllegalArgumentException.class, () -> RuleTables.ratingRegimes(folder)).getMessage());

        Path badges = own(RuleTables.BADGES, "rounds=03/02, 31/02\n");
        assertEquals(badges + ", rounds: ngày \"31/02\" không hợp lệ (viết ngày/tháng, ví dụ 03/02).",
                assertThrows(IllegalArgumentException.class, () -> RuleTables.badgeRules(folder)).getMessage());

        Path admission = own(RuleTables.ADMISSION, "certificateValidYears=0\n");
        assertEquals(admission + ": Thời hạn giấy chứng nhận lớp bồi dưỡng phải từ 1 năm: 0.",
                assertThrows(IllegalArgumentException.class, () -> RuleTables.admissionDeadlines(folder)).getMessage());
    }
}
