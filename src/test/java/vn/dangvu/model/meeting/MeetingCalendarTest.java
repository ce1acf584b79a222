package vn.dangvu.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;

class MeetingCalendarTest {

    private static final MeetingLengthRules RULES = new MeetingLengthRules(
            List.of(new MinimumLengthRule(LocalDate.of(2025, 7, 23), 90, 120, "x")));
    // Founded on 15/02/2026: January is not due.
    private static final Branch BRANCH = new Branch(7L, "Chi bộ thôn Mới", BranchKind.VILLAGE,
            LocalDate.of(2026, 2, 15), null, null, null);

    private static MeetingSummary meeting(long id, MeetingKind kind, String day, int minutes) {
        LocalTime start = LocalTime.of(8, 0);
        return new MeetingSummary(id, 7, kind, LocalDate.parse(day), start, start.plusMinutes(minutes), 10, 9, 0);
    }

    @Test
    void monthsAreHeldMissingPlannedOrNotDue() {
        List<MeetingSummary> meetings = List.of(
                meeting(1, MeetingKind.REGULAR, "2026-02-20", 95),
                meeting(2, MeetingKind.THEMATIC, "2026-04-10", 90),   // does not replace April's regular meeting
                meeting(3, MeetingKind.COMBINED, "2026-05-08", 100)); // too short for a combined meeting
        MeetingCalendar calendar = MeetingCalendar.of(BRANCH, 2026, meetings, LocalDate.of(2026, 6, 10), RULES);
        assertEquals(List.of(MonthStatus.NOT_DUE, MonthStatus.HELD, MonthStatus.MISSING, MonthStatus.MISSING,
                        MonthStatus.HELD, MonthStatus.PLANNED, MonthStatus.PLANNED),
                calendar.months().subList(0, 7).stream().map(MeetingCalendar.Month::regular).toList());
        assertEquals(List.of(false, false, false, false, true, false),
                calendar.months().subList(0, 6).stream().map(MeetingCalendar.Month::tooShort).toList());
        assertEquals(List.of(MonthStatus.MISSING, MonthStatus.HELD, MonthStatus.PLANNED, MonthStatus.PLANNED),
                calendar.quarters().stream().map(MeetingCalendar.Quarter::thematic).toList());
        assertEquals(4, calendar.regularDue(), "February to May");
        assertEquals(2, calendar.regularHeld());
        assertEquals(2, calendar.thematicDue());
        assertEquals(1, calendar.thematicHeld());
    }

    @Test
    void heldVersusDueCountsOnlyTheMonthsOfTheRange() {
        List<MeetingSummary> meetings = List.of(meeting(1, MeetingKind.REGULAR, "2026-02-20", 95),
                meeting(2, MeetingKind.COMBINED, "2026-03-06", 125));
        HeldVersusDue report = HeldVersusDue.of(BRANCH, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30),
                meetings, LocalDate.of(2026, 12, 31), RULES);
        assertEquals(2, report.regularDue());
        assertEquals(1, report.regularHeld());
        assertEquals(2, report.thematicDue(), "quarters I and II touch the range");
        assertEquals(1, report.thematicHeld());
    }

    @Test
    void attendanceRateHasTwoDecimalsWithAComma() {
        AttendanceTally tally = new AttendanceTally(7, 1, 1);
        assertEquals("77,78%", tally.rate());
        assertEquals("—", AttendanceTally.NONE.rate());
    }
}
