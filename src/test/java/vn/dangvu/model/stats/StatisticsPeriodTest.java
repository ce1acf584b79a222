package vn.dangvu.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cùng kỳ năm trước (DOMAIN.md §14): the same days a year earlier, February's end to February's end. */
class StatisticsPeriodTest {

    @ParameterizedTest(name = "{0} – {1} compares with {2} – {3}")
    @CsvSource({
            // an ordinary period: the same days one year earlier
            "2025-01-01, 2025-06-30, 2024-01-01, 2024-06-30",
            "2024-07-01, 2024-12-31, 2023-07-01, 2023-12-31",
            // ends on 28/02/2025, the end of February: last year's February ended on 29/02/2024, which counts
            "2025-01-01, 2025-02-28, 2024-01-01, 2024-02-29",
            "2024-12-01, 2025-02-28, 2023-12-01, 2024-02-29",
            // ends on 29/02/2024: 2023 has no 29/02, February 2023 ended on 28/02
            "2024-01-01, 2024-02-29, 2023-01-01, 2023-02-28",
            // ends on 28/02/2024, the day before February's end: last year's February ended on 28/02 too
            "2024-01-01, 2024-02-28, 2023-01-01, 2023-02-28",
            // ends on 28/02/2029, the year after a leap year: the whole of February 2028 (to 29/02)
            "2028-03-01, 2029-02-28, 2027-03-01, 2028-02-29",
            // starts on 29/02/2024: 2023 has no such day, the last-year period starts on 28/02/2023
            "2024-02-29, 2024-03-31, 2023-02-28, 2023-03-31",
            // ends in March: nothing to adjust
            "2024-03-01, 2024-03-31, 2023-03-01, 2023-03-31",
    })
    void theSamePeriodLastYearEndsOnTheLastDayOfFebruaryWhenThisOneDoes(LocalDate from, LocalDate to,
                                                                       LocalDate lastFrom, LocalDate lastTo) {
        StatisticsPeriod last = new StatisticsPeriod(from, to).sameLastYear();
        assertEquals(lastFrom, last.from());
        assertEquals(lastTo, last.to());
    }
}
