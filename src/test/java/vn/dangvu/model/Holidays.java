package vn.dangvu.model;

import vn.dangvu.logic.RuleTables;
import vn.dangvu.model.admission.AdmissionDeadlines;

/** The holiday table shipped in resources/rules, for the model tests. */
public final class Holidays {

    public static final HolidayCalendar SHIPPED = RuleTables.holidays(null);
    public static final WorkingDays WORKING_DAYS = new WorkingDays(SHIPPED);
    public static final AdmissionDeadlines DEADLINES = new AdmissionDeadlines(WORKING_DAYS, 5);

    private Holidays() {
    }
}
