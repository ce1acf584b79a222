package vn.dangvu.model.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.dangvu.model.Branch;

/**
 * Meetings held against meetings due for a branch over a period: one regular meeting per month
 * and one thematic meeting per quarter while the branch exists; a month (quarter) still running
 * is due only once its meeting is held.
 */
public record HeldVersusDue(Branch branch, int regularDue, int regularHeld, int thematicDue, int thematicHeld) {

    /** @param meetings the branch's meetings (any years); months and quarters touching [from, to] count */
    public static HeldVersusDue of(Branch branch, LocalDate from, LocalDate to, List<MeetingSummary> meetings,
                                   LocalDate today, MeetingLengthRules rules) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        int regularDue = 0;
        int regularHeld = 0;
        int thematicDue = 0;
        int thematicHeld = 0;
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            MeetingCalendar calendar = MeetingCalendar.of(branch, year, meetings, today, rules);
            for (MeetingCalendar.Month month : calendar.months()) {
                if (month.month().isBefore(first) || month.month().isAfter(last)) {
                    continue;
                }
                regularHeld += month.regular() == MonthStatus.HELD ? 1 : 0;
                regularDue += month.regular() == MonthStatus.HELD || month.regular() == MonthStatus.MISSING ? 1 : 0;
            }
            for (MeetingCalendar.Quarter quarter : calendar.quarters()) {
                YearMonth qFirst = YearMonth.of(year, quarter.quarter() * 3 - 2);
                YearMonth qLast = qFirst.plusMonths(2);
                if (qLast.isBefore(first) || qFirst.isAfter(last)) {
                    continue;
                }
                thematicHeld += quarter.thematic() == MonthStatus.HELD ? 1 : 0;
                thematicDue += quarter.thematic() == MonthStatus.HELD || quarter.thematic() == MonthStatus.MISSING
                        ? 1 : 0;
            }
        }
        return new HeldVersusDue(branch, regularDue, regularHeld, thematicDue, thematicHeld);
    }
}
