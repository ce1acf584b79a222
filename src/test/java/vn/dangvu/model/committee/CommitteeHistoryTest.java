package vn.dangvu.model.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Committee;

/** Which version of the committee's name, place and superior a document of a given day uses. */
class CommitteeHistoryTest {

    private static final Committee DISTRICT_ERA = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên");
    private static final Committee PROVINCE_ERA = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ tỉnh Quảng Ninh");
    private static final Committee RENAMED = new Committee("Đảng bộ xã Hải Hòa", "Hải Hòa", "Đảng bộ tỉnh Quảng Ninh");

    // Changes given out of order: the history sorts them.
    private static final CommitteeHistory HISTORY = CommitteeHistory.of(DISTRICT_ERA, List.of(
            new CommitteeHistory.Version(LocalDate.of(2026, 1, 1), RENAMED),
            new CommitteeHistory.Version(LocalDate.of(2025, 7, 1), PROVINCE_ERA)));

    @ParameterizedTest(name = "{0} → superior {1}, name {2}")
    @CsvSource({
            "1990-01-01, Đảng bộ huyện Tiên Yên, Đảng bộ xã Hải Yến",
            "2025-06-30, Đảng bộ huyện Tiên Yên, Đảng bộ xã Hải Yến",
            "2025-07-01, Đảng bộ tỉnh Quảng Ninh, Đảng bộ xã Hải Yến",
            "2025-12-31, Đảng bộ tỉnh Quảng Ninh, Đảng bộ xã Hải Yến",
            "2026-01-01, Đảng bộ tỉnh Quảng Ninh, Đảng bộ xã Hải Hòa",
            "2040-05-05, Đảng bộ tỉnh Quảng Ninh, Đảng bộ xã Hải Hòa"})
    void aDayUsesTheLatestChangeOnOrBeforeIt(LocalDate day, String superior, String name) {
        assertEquals(superior, HISTORY.on(day).superiorName());
        assertEquals(name, HISTORY.on(day).name());
    }

    @org.junit.jupiter.api.Test
    void theLatestVersionAndTheChangeDatesAreInDateOrder() {
        assertEquals(RENAMED, HISTORY.latest());
        assertEquals(List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1)), HISTORY.changeDates());
    }

    @org.junit.jupiter.api.Test
    void aCommitteeThatNeverChangedIsTheSameOnEveryDay() {
        CommitteeHistory never = CommitteeHistory.of(DISTRICT_ERA, List.of());
        assertEquals(DISTRICT_ERA, never.on(LocalDate.of(1950, 1, 1)));
        assertEquals(DISTRICT_ERA, never.latest());
    }
}
