package vn.dangvu.model.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One count of a table with the same count for the same period last year, and the ids behind
 * both (members, or branches in the branch ratings), so that a click on a number can list them.
 * A count is always the number of ids: the two cannot disagree. In flow lines of Biểu 1 a
 * person who moved twice appears twice.
 */
public final class Figure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long[] ids;
    private final long[] lastYearIds;

    private Figure(long[] ids, long[] lastYearIds) {
        this.ids = ids;
        this.lastYearIds = lastYearIds;
    }

    /** Takes the arrays without copying: the calculator hands over arrays it never touches again. */
    static Figure of(long[] ids, long[] lastYearIds) {
        return new Figure(ids, lastYearIds);
    }

    /** This period. */
    public int value() {
        return ids.length;
    }

    /** Cùng kỳ năm trước. */
    public int lastYear() {
        return lastYearIds.length;
    }

    /** This period as a percentage of last year, two decimals; null when last year was zero. */
    public BigDecimal percent() {
        return percent(BigDecimal.valueOf(value()), BigDecimal.valueOf(lastYear()));
    }

    /** The ids counted this period, in no particular order (a copy). */
    public long[] ids() {
        return ids.clone();
    }

    /** The ids counted in the same period last year (a copy). */
    public long[] lastYearIds() {
        return lastYearIds.clone();
    }

    static BigDecimal percent(BigDecimal value, BigDecimal lastYear) {
        if (value == null || lastYear == null || lastYear.signum() == 0) {
            return null;
        }
        return value.multiply(HUNDRED).divide(lastYear, 2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return value() + " / " + lastYear();
    }
}
