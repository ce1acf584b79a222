package vn.dangvu.logic.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.export.DocumentHeading;
import vn.dangvu.logic.meeting.MeetingFixture;
import vn.dangvu.model.Committee;
import vn.dangvu.model.meeting.Minutes;

/**
 * A printed document names the committee as it was on the document's own date: minutes of June
 * 2025 carry the district committee above, those of July 2025 the province committee (DOMAIN.md §17).
 */
class DatedCommitteeDocumentsTest {

    @TempDir
    Path temp;

    @Test
    void minutesOnEitherSideOfTheFirstOfJuly2025CarryTheSuperiorOfTheirDay() {
        try (MeetingFixture fixture = new MeetingFixture(temp)) {
            new CommitteeService(fixture.database).change(new Committee("Đảng bộ xã Hải Yến", "Hải Yến",
                    "Đảng bộ tỉnh Quảng Ninh"), LocalDate.of(2025, 7, 1), "thư ký");
            LocalDate later = LocalDate.of(2026, 3, 5);

            Minutes june = fixture.meetings.blankMinutes(fixture.napan, YearMonth.of(2025, 6), false, later);
            Minutes july = fixture.meetings.blankMinutes(fixture.napan, YearMonth.of(2025, 7), false, later);

            assertEquals("ĐẢNG BỘ HUYỆN TIÊN YÊN", DocumentHeading.of(june.committee(), LocalDate.of(2025, 6, 30)).superior());
            assertEquals("ĐẢNG BỘ TỈNH QUẢNG NINH", DocumentHeading.of(july.committee(), LocalDate.of(2025, 7, 31)).superior());
        }
    }
}
