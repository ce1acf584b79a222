package vn.dangvu.model.stats;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The days from..to of a period table, both included. Flows count events dated within it;
 * the opening count is taken at the end of the day before {@code from}, the closing count at
 * the end of {@code to} (an event dated D takes effect at the end of D).
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public StatisticsPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Ngày bắt đầu " + format(from) + " sau ngày kết thúc " + format(to) + ".");
        }
    }

    /** The whole calendar year. */
    public static StatisticsPeriod year(int year) {
        return new StatisticsPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Cùng kỳ năm trước: the same days one year earlier, except that a period ending on 28/02 or
     * 29/02 compares with the whole of February of the year before (to 29/02/2024 from 28/02/2025,
     * to 28/02/2023 from 29/02/2024). A start on 29/02 becomes 28/02.
     */
    public StatisticsPeriod sameLastYear() {
        LocalDate lastTo = to.minusYears(1);
        if (to.getMonth() == Month.FEBRUARY && to.getDayOfMonth() >= 28) {
            lastTo = lastTo.withDayOfMonth(lastTo.lengthOfMonth());
        }
        return new StatisticsPeriod(from.minusYears(1), lastTo);
    }

    /** The day whose end gives the opening count. */
    public LocalDate openingDay() {
        return from.minusDays(1);
    }

    /** Ratings reported with the period are those of the year of {@code to}. */
    public int ratingYear() {
        return to.getYear();
    }
}
