package vn.dangvu.model.meeting;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Clock times as the clerk types them: 7:30, 07:30, 7h30, 14 giờ. */
public final class MeetingTimes {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:hg.]|giờ)?\\s*(\\d{2})?\\s*(?:phút)?");

    private MeetingTimes() {
    }

    public static String format(LocalTime time) {
        return time == null ? "" : HH_MM.format(time);
    }

    /** Empty for blank or unreadable text. */
    public static Optional<LocalTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(LocalTime.of(hour, minute));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "7 giờ 30 phút" for the minutes. */
    public static String spoken(LocalTime time) {
        return time.getHour() + " giờ " + (time.getMinute() < 10 ? "0" : "") + time.getMinute() + " phút";
    }
}
