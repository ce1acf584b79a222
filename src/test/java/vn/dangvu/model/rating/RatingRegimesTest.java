package vn.dangvu.model.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.logic.RuleTables;

/** The regime by year from the shipped table (DOMAIN.md §9) and QĐ 366's score bands. */
class RatingRegimesTest {

    private static final RatingRegimes SHIPPED = RuleTables.ratingRegimes(null);

    @ParameterizedTest(name = "{0}: {1} / {2}, scored {3}, quota {4}")
    @CsvSource(delimiter = '|', value = {
            "2010 | Đủ tư cách, hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | false | ",
            "2016 | Đủ tư cách, hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | false | ",
            "2017 | Đủ tư cách, hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | false | ",
            "2018 | Hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | false | 20",
            "2022 | Hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | false | 20",
            "2024 | Hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | false | 20",
            "2025 | Hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | true  | 20",
            "2030 | Hoàn thành tốt nhiệm vụ | Hoàn thành tốt nhiệm vụ | true  | 20",
    })
    void regimeFollowsTheYear(int year, String memberGood, String organisationGood, boolean scored, Integer quota) {
        RatingRegime regime = SHIPPED.forYear(year);
        assertEquals(memberGood, regime.memberLabel(RatingGrade.GOOD));
        assertEquals(organisationGood, regime.organisationLabel(RatingGrade.GOOD));
        assertEquals(scored, regime.scored());
        assertEquals(quota, regime.excellentQuotaPercent());
    }

    @Test
    void oldYearsKeepTheirOwnNames() {
        RatingRegime regime2016 = SHIPPED.forYear(2016);
        assertEquals("Vi phạm tư cách", regime2016.memberLabel(RatingGrade.NOT_COMPLETED));
        assertEquals("Trong sạch vững mạnh", regime2016.organisationLabel(RatingGrade.EXCELLENT));
        assertEquals("Yếu kém", regime2016.organisationLabel(RatingGrade.NOT_COMPLETED));
        assertTrue(SHIPPED.forYear(2023).basis().contains("124-QĐ/TW"));
        assertTrue(SHIPPED.forYear(2025).basis().contains("366-QĐ/TW"));
    }

    @ParameterizedTest(name = "{0} điểm → {1}")
    @CsvSource({
            "100, EXCELLENT", "90, EXCELLENT", "89, GOOD", "70, GOOD", "69, COMPLETED", "50, COMPLETED",
            "49, NOT_COMPLETED", "0, NOT_COMPLETED",
    })
    void scoreSetsTheGradeOfItsBand(int score, RatingGrade grade) {
        assertEquals(grade, SHIPPED.forYear(2025).gradeForScore(score));
    }

    @Test
    void bandsAsTheClerkReadsThem() {
        RatingRegime regime = SHIPPED.forYear(2025);
        assertEquals("90–100 điểm", regime.band(RatingGrade.EXCELLENT));
        assertEquals("70–89 điểm", regime.band(RatingGrade.GOOD));
        assertEquals("50–69 điểm", regime.band(RatingGrade.COMPLETED));
        assertEquals("0–49 điểm", regime.band(RatingGrade.NOT_COMPLETED));
    }

    @Test
    void scoresOutsideTheScaleOrUnscoredYearsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SHIPPED.forYear(2025).gradeForScore(101));
        assertThrows(IllegalStateException.class, () -> SHIPPED.forYear(2024).gradeForScore(80));
    }

    @Test
    void aBranchConditionNeedsBothShares() {
        assertEquals(List.of(100, 80), RatingRegimes.branchCondition("100|80"));
        assertEquals(List.of(), RatingRegimes.branchCondition(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RatingRegimes.branchCondition("100"));
        assertEquals("điều kiện chi bộ xuất sắc cần 2 tỷ lệ (hoàn thành|hoàn thành tốt).", e.getMessage());
    }
}
