package vn.dangvu.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Public holidays (ngày nghỉ lễ, Tết, nghỉ bù, nghỉ hoán đổi) from an editable table: the lunar
 * dates and the bridge days change every year, so they are data, not code.
 */
public final class HolidayCalendar {

    public static final HolidayCalendar NONE = new HolidayCalendar(new TreeMap<>());

    private final TreeMap<LocalDate, String> holidays;

    private HolidayCalendar(TreeMap<LocalDate, String> holidays) {
        this.holidays = holidays;
    }

    /** The days off with their names (extra spaces removed); a day without a name reads "Ngày nghỉ". */
    public static HolidayCalendar of(Map<LocalDate, String> holidays) {
        TreeMap<LocalDate, String> named = new TreeMap<>();
        holidays.forEach((day, name) -> {
            String clean = PersonName.clean(name);
            named.put(day, clean.isEmpty() ? "Ngày nghỉ" : clean);
        });
        return new HolidayCalendar(named);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.containsKey(date);
    }

    public Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** True when the table lists at least one holiday in that year (else it was not filled in). */
    public boolean covers(int year) {
        LocalDate first = holidays.ceilingKey(LocalDate.of(year, 1, 1));
        return first != null && first.getYear() == year;
    }

    public Map<LocalDate, String> all() {
        return Collections.unmodifiableMap(holidays);
    }
}
