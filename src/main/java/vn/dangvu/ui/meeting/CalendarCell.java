package vn.dangvu.ui.meeting;

import java.time.YearMonth;
import vn.dangvu.model.meeting.MonthStatus;

/**
 * One cell of the calendar grid: a month (regular meeting) or a quarter (thematic meeting).
 *
 * @param label "Tháng 3" or "Quý I"
 * @param month the month, or the quarter's last month
 */
public record CalendarCell(String label, YearMonth month, MonthStatus status, boolean tooShort, String detail) {

    /** Style class of the cell: calendar-held, calendar-missing, calendar-planned, calendar-not-due. */
    public String styleClass() {
        return "calendar-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
