package vn.dangvu.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

    public static HolidayCalendar of(Map<LocalDate, String> holidays) {
        return new HolidayCalendar(new TreeMap<>(holidays));
    }

    /**
     * Reads "date,name" lines (date yyyy-MM-dd or dd/MM/yyyy); blank lines, lines starting with
     * '#' and a "date,name" header are skipped. A bad line is refused with its number.
     *
     * @param source how to name the file in a message: "rules/holidays.csv"
     */
    public static HolidayCalendar parse(String text, String source) {
        TreeMap<LocalDate, String> holidays = new TreeMap<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(java.util.Locale.ROOT).startsWith("date,")) {
                continue;
            }
            int comma = line.indexOf(',');
            String dateText = (comma < 0 ? line : line.substring(0, comma)).strip();
            String name = comma < 0 ? "" : PersonName.clean(line.substring(comma + 1).replace("\"", ""));
            Optional<LocalDate> date = parseDate(dateText);
            if (date.isEmpty()) {
                throw new IllegalArgumentException(source + " dòng " + (i + 1) + ": ngày \"" + dateText
                        + "\" không hợp lệ (viết yyyy-MM-dd hoặc dd/MM/yyyy).");
            }
            holidays.put(date.get(), name.isEmpty() ? "Ngày nghỉ" : name);
        }
        return new HolidayCalendar(holidays);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return DateFormats.parse(text);
        }
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
