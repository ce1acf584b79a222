package vn.dangvu.model.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An average with one decimal (tuổi bình quân), this period and the same period last year. */
public final class AverageFigure {

    private final BigDecimal value;
    private final BigDecimal lastYear;

    private AverageFigure(BigDecimal value, BigDecimal lastYear) {
        this.value = value;
        this.lastYear = lastYear;
    }

    /** From the sums and counts of both periods; an average of nobody is null. */
    public static AverageFigure of(long sum, int count, long lastYearSum, int lastYearCount) {
        return new AverageFigure(average(sum, count), average(lastYearSum, lastYearCount));
    }

    private static BigDecimal average(long sum, int count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    /** This period, one decimal; null when nobody is counted. */
    public BigDecimal value() {
        return value;
    }

    public BigDecimal lastYear() {
        return lastYear;
    }

    /** From the two averages as shown (one decimal), so a reader can check it. */
    public BigDecimal percent() {
        return Figure.percent(value, lastYear);
    }

    @Override
    public String toString() {
        return value + " / " + lastYear;
    }
}
