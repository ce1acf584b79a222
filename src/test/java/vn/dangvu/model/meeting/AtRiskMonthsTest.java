package vn.dangvu.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QĐ24 8.1: 3 months in a year without activity or fees and no valid reason (DOMAIN.md §8); the
 * clerk is warned from the configured count on (2 by default).
 */
class AtRiskMonthsTest {

    @ParameterizedTest(name = "no activity {0}, no fees {1}, valid reason {2}, warn from {3}: {4} months, listed {5}, ground {6}")
    @CsvSource(delimiter = '|', value = {
            "1 2 3 |       |     | 2 | 3 | true  | true",   // three months absent: the ground
            "1 2   |       |     | 2 | 2 | true  | false",  // two: approaching it, listed with the default
            "1 2   |       |     | 3 | 2 | false | false",  // an office warning only at 3 does not list two
            "1     |       |     | 2 | 1 | false | false",
            "1     |       |     | 1 | 1 | true  | false",  // an office warning from the first month
            "1 2   | 5     |     | 2 | 3 | true  | true",   // activity and fees join
            "1 2   | 2     |     | 2 | 2 | true  | false",  // one month missing both counts once
            "1 2 3 |       | 2   | 2 | 2 | true  | false",  // a valid reason takes a month away: approaching again
            "1 2 3 |       | 2 3 | 2 | 1 | false | false",
            "      | 4 5 6 | 4   | 2 | 2 | true  | false",
            "      | 4 5 6 |     | 2 | 3 | true  | true",
    })
    void countsTheMonthsWithoutActivityOrFeesAndNoValidReason(String activity, String fees, String excused,
                                                               int warnFrom, int months, boolean listed,
                                                               boolean ground) {
        Set<YearMonth> unexplained = AtRiskMonths.unexplained(months(activity), months(fees), months(excused));
        assertEquals(months, unexplained.size());
        assertEquals(listed, new AtRiskMonths(warnFrom).listed(unexplained));
        assertEquals(ground, AtRiskMonths.reached(unexplained.size()));
    }

    @Test
    void theWarningStartsBetweenOneAndThreeMonths() {
        assertEquals(2, AtRiskMonths.STANDARD.warnFrom());
        assertEquals("Số tháng bắt đầu cảnh báo phải từ 1 đến 3, không phải 4.",
                assertThrows(IllegalArgumentException.class, () -> new AtRiskMonths(4)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AtRiskMonths(0));
    }

    private static Set<YearMonth> months(String list) {
        return list == null ? Set.of() : Arrays.stream(list.trim().split(" +")).filter(m -> !m.isEmpty())
                .map(m -> YearMonth.of(2026, Integer.parseInt(m))).collect(Collectors.toSet());
    }
}
