package vn.dangvu.model.fee;

import vn.dangvu.model.PartyAge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.logic.RuleTables;

/** The shipped fee table across the change of 1/2/2026 (QĐ 342 + HD 03/2016 → QĐ 01-QĐ/TW). */
class FeeRulesTest {

    private static final FeeRules RULES = RuleTables.feeRules(null);

    @ParameterizedTest(name = "{0} {1} {2} → {5}")
    @CsvSource(nullValues = "-", value = {
            // month,   category,  base,    exemption,       party age from, amount, exempt reason
            "2026-01, OTHER,      -,       -,               -,          6000,   -",
            "2026-02, OTHER,      -,       -,               -,          6000,   -",
            "2026-01, STUDENT,    -,       -,               -,          3000,   -",
            "2026-02, STUDENT,    -,       -,               -,          5000,   -",
            "2026-01, SALARIED,   4680000, -,               -,          46800,  -",
            "2026-02, SALARIED,   4680000, -,               -,          46800,  -",
            "2026-01, PENSIONER,  5200000, -,               -,          26000,  -",
            "2026-02, PENSIONER,  5200001, -,               -,          26000,  -",
            // 50 years of party age: no such exemption before February 2026
            "2026-01, OTHER,      -,       -,               1976-01-15, 6000,   -",
            "2026-02, OTHER,      -,       -,               1976-01-15, 0,      Đủ 50 năm tuổi đảng",
            "2026-02, OTHER,      -,       -,               1976-02-02, 6000,   -",
            "2026-03, OTHER,      -,       -,               1976-02-02, 0,      Đủ 50 năm tuổi đảng",
            // poor households are exempt only under QĐ 01; hardship under both
            "2026-01, OTHER,      -,       POOR_HOUSEHOLD,  -,          6000,   -",
            "2026-02, OTHER,      -,       POOR_HOUSEHOLD,  -,          0,      'Hộ nghèo, hộ cận nghèo'",
            "2025-06, OTHER,      -,       HARDSHIP,        -,          0,      'Tuổi cao, sức yếu, hoàn cảnh khó khăn'",
    })
    void monthlyAmounts(String month, FeeCategory category, Long base, FeeExemption exemption, LocalDate partyAge,
                        long amount, String exempt) {
        FeeDue due = RULES.monthlyFee(YearMonth.parse(month), new FeeBasis(category, base, exemption, null, null, null),
                partyAge == null ? null : new PartyAge(partyAge, true, List.of()));
        assertEquals(amount, due.amount());
        assertEquals(exempt, due.exempt());
    }

    @Test
    void yearsOutsideThePartyDelayTheFiftyYearExemption() {
        // admitted 15/01/1975, out of the party 01/03/1980 – 01/03/1982: 50 years on 15/01/2027
        PartyAge interrupted = new PartyAge(LocalDate.of(1975, 1, 15), true, List.of(new PartyAge.Interruption(
                LocalDate.of(1980, 3, 1), LocalDate.of(1982, 3, 1), "Xóa tên")));
        FeeBasis other = new FeeBasis(FeeCategory.OTHER, null, null, null, null, null);
        assertEquals(6000, RULES.monthlyFee(YearMonth.of(2026, 6), other, interrupted).amount());
        assertEquals(0, RULES.monthlyFee(YearMonth.of(2027, 2), other, interrupted).amount());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-01, 46800", // reductions come with QĐ 01
            "2026-02, 23400",
            "2026-12, 23400", // the 12th month from the recorded start
            "2027-01, 46800", // no longer than 12 months, whatever was recorded
    })
    void aReductionOfHalfLastsAtMost12Months(String month, long amount) {
        FeeBasis basis = new FeeBasis(FeeCategory.SALARIED, 4_680_000L, null, 50, YearMonth.of(2026, 1), YearMonth.of(2027, 6));
        assertEquals(amount, RULES.monthlyFee(YearMonth.parse(month), basis, null).amount());
    }

    @Test
    void aPercentageCategoryNeedsItsSalary() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeeBasis(FeeCategory.PENSIONER, null, null, null, null, null));
        assertTrue(e.getMessage().contains("lương hưu"), e.getMessage());
    }

    @Test
    void theCommuneKeeps90PercentInBothPeriods() {
        assertEquals(0, RULES.regimeFor(YearMonth.of(2026, 1)).retainedPercent().compareTo(java.math.BigDecimal.valueOf(90)));
        assertEquals(LocalDate.of(2026, 2, 1), RULES.regimeFor(YearMonth.of(2026, 2)).validFrom());
    }

    @Test
    void aRegimeMissingACategoryOrAnUnknownItemIsRefused() {
        FeeRules.Builder rules = new FeeRules.Builder().add(LocalDate.of(2026, 2, 1), "OTHER", "6000", "x");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, rules::build);
        assertEquals("quy định từ 01/02/2026 thiếu mức đảng phí của \"" + FeeCategory.SALARIED.label()
                + "\" (SALARIED).", missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> FeeRules.item("TEACHER"));
        assertEquals("mục \"TEACHER\" không có trong bảng đảng phí.", unknown.getMessage());
    }

    @Test
    void aMonthBeforeTheTableIsRefusedClearly() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RULES.regimeFor(YearMonth.of(2015, 12)));
        assertEquals("Bảng đảng phí không có quy định cho tháng 12/2015.", e.getMessage());
    }
}
