package vn.dangvu.model.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;

/** The three checks of DOMAIN.md §9: they explain, they never change a grade. */
class RatingChecksTest {

    private static final RatingRegimes REGIMES = RuleTables.ratingRegimes(null);
    private static final long BRANCH = 1;

    @ParameterizedTest(name = "{0} HTTNV allow {1} HTXSNV")
    @CsvSource({"0, 0", "4, 0", "5, 1", "9, 1", "10, 2", "12, 2", "14, 2", "15, 3", "4373, 874", "4615, 923"})
    void quotaIsTwentyPercentOfGoodRoundedDown(int good, int allowed) {
        assertEquals(allowed, RatingChecks.excellentAllowed(20, good));
    }

    @ParameterizedTest(name = "{0} HTXSNV, {1} HTTNV: warned {2}")
    @CsvSource({"2, 12, false", "3, 12, true", "3, 15, false", "1, 4, true", "0, 0, false", "874, 4373, false",
            "875, 4373, true"})
    void quotaWarning(int excellent, int good, boolean warned) {
        Map<Long, RatingGrade> grades = grades(excellent, good, 0, 0);
        List<RatingWarning> warnings = check(2024, grades, Map.of(), List.of());
        assertEquals(warned, warnings.stream().anyMatch(w -> w.kind() == RatingWarning.Kind.QUOTA), warnings.toString());
    }

    @Test
    void quotaWarningExplainsTheArithmetic() {
        List<RatingWarning> warnings = check(2024, grades(3, 12, 0, 0), Map.of(), List.of());
        assertEquals("Có 3 đảng viên \"Hoàn thành xuất sắc nhiệm vụ\", vượt 20% số đảng viên \"Hoàn thành tốt nhiệm vụ\""
                + " (12 × 20% = 2 đồng chí, làm tròn xuống) của Đảng bộ: cần bớt 1 đồng chí hoặc xem lại.",
                warnings.get(0).message());
    }

    @Test
    void noQuotaBefore2018() {
        assertTrue(check(2016, grades(5, 5, 0, 0), Map.of(), List.of()).isEmpty());
    }

    @ParameterizedTest(name = "disciplined {1}, rated {2}: warned {3}")
    @CsvSource({"2024, 2024-05-10, GOOD, true", "2024, 2024-05-10, COMPLETED, true",
            "2024, 2024-05-10, NOT_COMPLETED, false", "2024, 2023-12-30, GOOD, false", "2024, 2025-01-02, GOOD, false"})
    void disciplinedInTheYearAndRatedAboveNotCompleted(int year, LocalDate announced, RatingGrade grade, boolean warned) {
        Map<Long, RatingGrade> grades = new HashMap<>(grades(0, 10, 0, 0));
        grades.put(100L, grade);
        Discipline reprimand = new Discipline(1L, 100L, DisciplineForm.values()[0], announced, null, "vi phạm");
        List<RatingWarning> warnings = check(year, grades, Map.of(), List.of(reprimand));
        assertEquals(warned, warnings.stream().anyMatch(w -> w.kind() == RatingWarning.Kind.DISCIPLINED), warnings.toString());
        if (warned) {
            assertTrue(warnings.get(0).message().startsWith("Đảng viên 100 bị kỷ luật "), warnings.get(0).message());
            assertTrue(warnings.get(0).message().contains("trừ khi đã tự giác báo cáo khuyết điểm"));
        }
    }

    @ParameterizedTest(name = "branch HTXSNV with {0}/{1}/{2}/{3}: warned {4}")
    @CsvSource({
            "2, 6, 2, 0, false", // 80% HTTNV+, 100% HTNV+
            "1, 6, 3, 0, true",  // 70% HTTNV+
            "2, 7, 0, 1, true",  // one KHTNV: not 100% HTNV+
            "0, 4, 1, 0, false", // exactly 80%
            "0, 0, 0, 0, true",  // nobody rated
    })
    void excellentBranchCondition(int excellent, int good, int completed, int notCompleted, boolean warned) {
        Map<Long, RatingGrade> grades = grades(excellent, good, completed, notCompleted);
        List<RatingWarning> warnings = check(2024, grades, Map.of(BRANCH, RatingGrade.EXCELLENT), List.of());
        assertEquals(warned, warnings.stream().anyMatch(w -> w.kind() == RatingWarning.Kind.BRANCH_CONDITION),
                warnings.toString());
    }

    @Test
    void branchWarningSaysWhatIsMissing() {
        List<RatingWarning> warnings = check(2024, grades(1, 6, 2, 1), Map.of(BRANCH, RatingGrade.EXCELLENT), List.of());
        assertEquals("Chi bộ 1 được xếp loại \"Hoàn thành xuất sắc nhiệm vụ\" nhưng chỉ có 9/10 đảng viên hoàn thành"
                + " nhiệm vụ trở lên (cần 100%); 7/10 đảng viên hoàn thành tốt nhiệm vụ trở lên, 70,00% (cần từ 80%).",
                warnings.get(warnings.size() - 1).message());
    }

    @Test
    void branchesRatedBelowExcellentAreNotChecked() {
        assertTrue(check(2024, grades(0, 1, 5, 3), Map.of(BRANCH, RatingGrade.GOOD), List.of()).isEmpty());
    }

    @ParameterizedTest(name = "sick {0} months, rated {1}: warned {2}")
    @CsvSource(nullValues = "-", value = {
            // 3 months or more: at most HTNV
            "3,  GOOD,          true",
            "12, EXCELLENT,     true",
            "3,  COMPLETED,     false",
            "4,  NOT_COMPLETED, false",
            // under 3 months, or none recorded: no cap
            "2,  EXCELLENT,     false",
            "0,  GOOD,          false",
            "-,  EXCELLENT,     false",
    })
    void sickLeaveOfThreeMonthsCapsTheGradeAtCompleted(Integer months, RatingGrade grade, boolean warned) {
        Map<Long, RatingGrade> grades = Map.of(100L, grade);
        Map<Long, Integer> sick = new HashMap<>();
        if (months != null) {
            sick.put(100L, months);
        }
        List<RatingWarning> warnings = RatingChecks.check(REGIMES.forYear(2024), 2024, grades, Map.of(100L, BRANCH),
                Map.of(), List.of(), sick, Map.of(), id -> "Đảng viên " + id, id -> "Chi bộ " + id);
        List<RatingWarning> sickLeave = warnings.stream().filter(w -> w.kind() == RatingWarning.Kind.SICK_LEAVE).toList();
        assertEquals(warned, !sickLeave.isEmpty(), warnings.toString());
        if (warned) {
            assertEquals("Đảng viên 100 nghỉ ốm " + months + " tháng trong năm nhưng được xếp loại \""
                    + REGIMES.forYear(2024).memberLabel(grade) + "\": nghỉ ốm từ 3 tháng trở lên chỉ xếp loại cao nhất"
                    + " \"Hoàn thành nhiệm vụ\".", sickLeave.get(0).message());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"EXEMPT, miễn công tác và sinh hoạt đảng", "SUSPENDED, đang bị đình chỉ sinh hoạt đảng",
            "ADMITTED_RECENTLY, kết nạp chưa đủ 6 tháng đến ngày đánh giá"})
    void aGradeRecordedForAMemberNotToBeRatedIsWarned(NotRatedReason reason, String words) {
        List<RatingWarning> warnings = RatingChecks.check(REGIMES.forYear(2024), 2024, Map.of(100L, RatingGrade.COMPLETED),
                Map.of(100L, BRANCH), Map.of(), List.of(), Map.of(), Map.of(100L, reason), id -> "Đảng viên " + id,
                id -> "Chi bộ " + id);
        assertEquals(List.of("Đảng viên 100 không thuộc diện xếp loại (" + words + ") nhưng đã có xếp loại \"Hoàn thành"
                + " nhiệm vụ\": bỏ xếp loại này (phím Backspace) hoặc kiểm tra lại."),
                warnings.stream().map(RatingWarning::message).toList());
    }

    /** Members 1…n of branch {@link #BRANCH} with these many of each grade. */
    private static Map<Long, RatingGrade> grades(int excellent, int good, int completed, int notCompleted) {
        Map<Long, RatingGrade> grades = new HashMap<>();
        int[] counts = {excellent, good, completed, notCompleted};
        long id = 1;
        for (RatingGrade grade : RatingGrade.values()) {
            for (int i = 0; i < counts[grade.ordinal()]; i++) {
                grades.put(id++, grade);
            }
        }
        return grades;
    }

    private static List<RatingWarning> check(int year, Map<Long, RatingGrade> grades, Map<Long, RatingGrade> branches,
                                             List<Discipline> disciplines) {
        Map<Long, Long> branchOf = new HashMap<>();
        grades.keySet().forEach(id -> branchOf.put(id, BRANCH));
        return RatingChecks.check(REGIMES.forYear(year), year, grades, branchOf, branches, disciplines, Map.of(),
                Map.of(), id -> "Đảng viên " + id, id -> "Chi bộ " + id);
    }
}
