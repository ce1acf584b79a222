package vn.dangvu.model.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dangvu.model.NumberFormats;

/** Percentages of a count among those rated, as the reports print them: "11,78%". */
public final class Shares {

    private Shares() {
    }

    /** count / total as a percentage with two decimals, half up; zero when nobody was rated. */
    public static BigDecimal percent(long count, long total) {
        if (total == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    /** "11,78%"; empty when nobody was rated. */
    public static String text(long count, long total) {
        return total == 0 ? "" : NumberFormats.decimal2(percent(count, total)) + "%";
    }

    /** Seed 003's sentence part: "165/174, đạt 94,8%" (one decimal). */
    public static String reached(long count, long total) {
        if (total == 0) {
            return "";
        }
        BigDecimal share = BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return NumberFormats.count(count) + "/" + NumberFormats.count(total) + ", đạt "
                + NumberFormats.decimal(share, 1, 1) + "%";
    }
}
