package vn.dangvu.model;

import java.time.LocalDate;

/**
 * "N months from D" as the regulations count it: the same day number N months later, or the
 * last day of that month when it has no such day (29/02/2024 + 12 → 28/02/2025; 31/01 + 1 → 28/02
 * or 29/02). {@link LocalDate#plusMonths} clamps exactly like that; this class names the rule.
 */
public final class CalendarMonths {

    private CalendarMonths() {
    }

    public static LocalDate after(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /** Full months from {@code from} to {@code to}: 29/02/2024 → 28/02/2025 is 12 full months. */
    public static long fullMonthsBetween(LocalDate from, LocalDate to) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to);
        // ChronoUnit counts 31/01 → 28/02 as 0 months; the regulations count it as one (month-end clamp).
        return after(from, (int) months + 1).isAfter(to) ? months : months + 1;
    }
}
