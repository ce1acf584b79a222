package vn.dangvu.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.dangvu.model.admission.AdmissionDeadlines;

/** The holiday table shipped in resources/rules, for the model tests. */
public final class Holidays {

    public static final HolidayCalendar SHIPPED = load();
    public static final WorkingDays WORKING_DAYS = new WorkingDays(SHIPPED);
    public static final AdmissionDeadlines DEADLINES = new AdmissionDeadlines(WORKING_DAYS, 5);

    private Holidays() {
    }

    private static HolidayCalendar load() {
        try (InputStream in = Holidays.class.getResourceAsStream("/rules/holidays.csv")) {
            return HolidayCalendar.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "rules/holidays.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
