package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tuổi đảng from the history (DOMAIN.md §6): start, interruptions, the day a milestone is reached, the working. */
class PartyAgeTest {

    @ParameterizedTest(name = "{0}: 30 years on {1}")
    @CsvSource(delimiter = '|', value = {
            // admitted and never interrupted: the ceremony date when the decision date is unknown
            "ADMITTED 1990-07-26 | 2020-07-26 | từ 26/07/1990",
            // the admission decision comes first (DOMAIN.md §6)
            "ADMITTED 1990-07-26 1990-07-20; RECOGNIZED_OFFICIAL 1991-07-26 | 2020-07-20 | từ 20/07/1990",
            // removed 01/03/2000, re-admitted 01/05/2001: 365 days to 01/03/2001 (no 29/02 between) + 31 + 30
            // = 426 days out; 26/07/2020 + 365 days = 26/07/2021, + 61 days = 25/09/2021 (26/09 would be 62)
            "ADMITTED 1990-07-26; RECOGNIZED_OFFICIAL 1991-07-26; REMOVED 2000-03-01; READMITTED 2001-05-01 "
                    + "| 2021-09-25 | từ 26/07/1990, trừ 426 ngày gián đoạn",
            // re-admitted by a decision dated before the ceremony: the gap ends at the decision (same 426 days)
            "ADMITTED 1990-07-26; REMOVED 2000-03-01; READMITTED 2001-05-20 2001-05-01 "
                    + "| 2021-09-25 | từ 26/07/1990, trừ 426 ngày gián đoạn",
            // expelled then restored: the time out counts as party age
            "ADMITTED 1990-07-26; RECOGNIZED_OFFICIAL 1991-07-26; EXPELLED 2000-03-01; RESTORED 2002-03-01 "
                    + "| 2020-07-26 | từ 26/07/1990",
            // letter of 20/03/2010, joined here 20/05/2010: 11 + 30 + 20 = 61 days between organisations;
            // 26/07/2020 + 61 days = 25/09/2020
            "ADMITTED 1990-07-26; TRANSFERRED_IN 2010-05-20 2010-03-20 | 2020-09-25 | từ 26/07/1990, trừ 61 ngày gián đoạn",
            // out 31/01/2000 – 01/03/2000 in a leap year: 29 days to 29/02 + 1 = 30 days, not "1 month 1 day";
            // 10/06/2020 + 30 days = 10/07/2020 (adding 1 month 1 day would give 11/07/2020)
            "ADMITTED 1990-06-10; REMOVED 2000-01-31; READMITTED 2000-03-01 | 2020-07-10 | từ 10/06/1990, trừ 30 ngày gián đoạn",
            // a transfer presented the day the letter was written leaves no gap
            "ADMITTED 1990-07-26; TRANSFERRED_IN 2010-05-20 2010-05-20 | 2020-07-26 | từ 26/07/1990",
            // an interruption after the milestone does not push it
            "ADMITTED 1985-01-10; REMOVED 2016-01-01; READMITTED 2017-01-01 | 2015-01-10 | từ 10/01/1985",
    })
    void reachesThirtyYearsOnTheStartPlusThirtyYearsPushedByInterruptions(String spec, LocalDate reached,
                                                                        String explanation) {
        PartyAge age = PartyAge.of(Histories.of(spec)).orElseThrow();
        assertEquals(reached, age.reachedOn(30).orElseThrow());
        assertEquals(explanation, age.explanation(reached));
        assertEquals(30, age.yearsOn(reached));
        assertEquals(29, age.yearsOn(reached.minusDays(1)));
    }

    @Test
    void aGapBeforeALaterMilestonePushesOnlyThatOne() {
        PartyAge age = PartyAge.of(Histories.of("ADMITTED 1975-01-10; REMOVED 2016-01-01; READMITTED 2017-01-01")).orElseThrow();
        assertEquals(LocalDate.of(2005, 1, 10), age.reachedOn(30).orElseThrow());
        assertEquals(LocalDate.of(2015, 1, 10), age.reachedOn(40).orElseThrow(), "the gap began after 40 years were reached");
        assertEquals(LocalDate.of(2021, 1, 10), age.reachedOn(45).orElseThrow());
        // out 01/01/2016 – 01/01/2017: 366 days (2016 is a leap year); 10/01/2020 + 366 days = 10/01/2021
        assertEquals("45 năm (từ 10/01/1975, trừ 366 ngày gián đoạn)", age.summaryOn(LocalDate.of(2021, 1, 10)));
    }

    @Test
    void aMemberStillOutReachesNothingAndTheOpenGapRunsToTheDay() {
        PartyAge age = PartyAge.of(Histories.of("ADMITTED 1990-07-26; REMOVED 2000-03-01")).orElseThrow();
        assertTrue(age.reachedOn(30).isEmpty());
        // 01/03/2000 – 01/03/2002: 365 + 365 days, no 29/02 between
        assertEquals("từ 26/07/1990, trừ 730 ngày gián đoạn", age.explanation(LocalDate.of(2002, 3, 1)));
        assertEquals(List.of("Tính từ 26/07/1990 (ngày kết nạp; chưa có ngày quyết định)",
                "Không tính: Xóa tên 01/03/2000, chưa trở lại"), age.workings());
    }

    @Test
    void deathIsNotAnInterruption() {
        PartyAge age = PartyAge.of(Histories.of("ADMITTED 1995-06-01 1995-05-20; DIED 2024-12-01")).orElseThrow();
        assertEquals(LocalDate.of(2025, 5, 20), age.reachedOn(30).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ADMITTED 1990-07-26                                   | 2026-11-30 | 36 năm (từ 26/07/1990)",
            "ADMITTED 1990-07-26; DIED 2020-03-01                  | 2020-03-01 | 29 năm (từ 26/07/1990)",
            "ADMITTED 1990-07-26; REMOVED 2000-03-01               | 2000-03-01 | 9 năm (từ 26/07/1990)",
            "ADMITTED 1990-07-26; REMOVED 2000-03-01; READMITTED 2001-05-01 | 2026-11-30 | 35 năm (từ 26/07/1990, trừ 426 ngày gián đoạn)",
            "ADMITTED 1990-07-26; EXPELLED 2000-03-01; RESTORED 2002-03-01  | 2026-11-30 | 36 năm (từ 26/07/1990)",
    })
    void aPersonWhoDiedOrLeftHasThePartyAgeOfThatDay(String spec, LocalDate shownUntil, String summary) {
        MembershipHistory history = Histories.of(spec);
        LocalDate today = LocalDate.of(2026, 11, 30);

        assertEquals(shownUntil, PartyAge.shownUntil(history, today));
        assertEquals(summary, PartyAge.of(history).orElseThrow().summaryOn(PartyAge.shownUntil(history, today)));
    }

    @Test
    void noAdmissionNoPartyAge() {
        assertTrue(PartyAge.of(Histories.of("HOSTING_STARTED 2020-01-01")).isEmpty());
    }
}
