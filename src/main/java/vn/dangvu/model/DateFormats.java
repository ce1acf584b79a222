package vn.dangvu.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as Vietnamese documents write them: dd/MM/yyyy (and dd/MM/yyyy HH:mm for a moment). */
public final class DateFormats {

    public static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_MONTH_YEAR_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter LENIENT_ENTRY =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DateFormats() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DAY_MONTH_YEAR.format(date);
    }

    /** "30/11/2026 08:15": when a backup was taken, a change was made. */
    public static String format(LocalDateTime time) {
        return time == null ? "" : DAY_MONTH_YEAR_TIME.format(time);
    }

    /** Accepts 5/3/1990 and 05/03/1990; empty for blank or invalid text. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), LENIENT_ENTRY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
