package vn.dangvu.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingLengthRulesTest {

    private static final MeetingLengthRules RULES = new MeetingLengthRules(List.of(
            new MinimumLengthRule(LocalDate.of(2025, 7, 23), 90, 120, "Chỉ thị 50-CT/TW, HD 42-HD/BTCTW")));

    @ParameterizedTest(name = "{0} {1} {2}–{3}: flagged {4}")
    @CsvSource({
        "2025-07-22, REGULAR,  07:30, 08:00, false",  // before the rule: no minimum
        "2025-07-23, REGULAR,  07:30, 08:59, true",   // 89 minutes
        "2025-07-23, REGULAR,  07:30, 09:00, false",  // exactly 90
        "2026-03-05, THEMATIC, 14:00, 15:29, true",
        "2026-03-05, THEMATIC, 14:00, 15:30, false",
        "2026-03-05, COMBINED, 07:30, 09:29, true",   // 119 minutes when combined
        "2026-03-05, COMBINED, 07:30, 09:30, false",
    })
    void shortMeetingsAreFlagged(LocalDate day, MeetingKind kind, LocalTime start, LocalTime end, boolean flagged) {
        assertEquals(flagged, RULES.shortfall(kind, day, start, end).isPresent());
    }

    @Test
    void theWarningSaysHowLongItWasTheMinimumAndTheBasis() {
        assertEquals("Buổi sinh hoạt 100 phút, ít hơn 120 phút tối thiểu khi kết hợp thường kỳ với chuyên đề"
                        + " (Chỉ thị 50-CT/TW, HD 42-HD/BTCTW).",
                RULES.shortfall(MeetingKind.COMBINED, LocalDate.of(2026, 1, 8), LocalTime.of(8, 0), LocalTime.of(9, 40))
                        .orElseThrow());
    }

    @Test
    void aMeetingWithoutBothTimesIsNotFlagged() {
        assertTrue(RULES.shortfall(MeetingKind.REGULAR, LocalDate.of(2026, 1, 8), LocalTime.of(8, 0), null).isEmpty());
    }

    @Test
    void aLaterRowReplacesAnEarlierOneFromItsDate() {
        MeetingLengthRules rules = new MeetingLengthRules(List.of(
                new MinimumLengthRule(LocalDate.of(2030, 1, 1), 100, 130, "new"),
                new MinimumLengthRule(LocalDate.of(2025, 7, 23), 90, 120, "old")));
        assertEquals(90, rules.inForceOn(LocalDate.of(2029, 12, 31)).orElseThrow().singleMinutes());
        assertEquals(130, rules.inForceOn(LocalDate.of(2030, 1, 1)).orElseThrow().combinedMinutes());
    }
}
