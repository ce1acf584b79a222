package vn.dangvu.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QĐ24 8.1: 3 months in a year without activity or fees and no valid reason (DOMAIN.md §8). */
class AtRiskMonthsTest {

    @ParameterizedTest(name = "no activity {0}, no fees {1}, valid reason {2}: {3} months, at risk {4}")
    @CsvSource(delimiter = '|', value = {
            "1 2 3 |       |     | 3 | true",   // three months absent
            "1 2   |       |     | 2 | false",
            "1 2   | 5     |     | 3 | true",   // activity and fees join
            "1 2   | 2     |     | 2 | false",  // one month missing both counts once
            "1 2 3 |       | 2   | 2 | false",  // a valid reason takes a month away
            "      | 4 5 6 | 4   | 2 | false",
            "      | 4 5 6 |     | 3 | true",
    })
    void countsTheMonthsWithoutActivityOrFeesAndNoValidReason(String activity, String fees, String excused,
                                                               int months, boolean atRisk) {
        Set<YearMonth> unexplained = AtRiskMonths.unexplained(months(activity), months(fees), months(excused));
        assertEquals(months, unexplained.size());
        assertEquals(atRisk, AtRiskMonths.atRisk(unexplained));
    }

    private static Set<YearMonth> months(String list) {
        return list == null ? Set.of() : Arrays.stream(list.trim().split(" +")).filter(m -> !m.isEmpty())
                .map(m -> YearMonth.of(2026, Integer.parseInt(m))).collect(Collectors.toSet());
    }
}
