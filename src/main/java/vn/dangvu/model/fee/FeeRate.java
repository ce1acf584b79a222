package vn.dangvu.model.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A monthly rate: a percentage of the member's base amount, or a flat amount in đồng. */
public record FeeRate(BigDecimal percent, long flatAmount) {

    public static FeeRate percentOf(BigDecimal percent) {
        return new FeeRate(percent, 0);
    }

    public static FeeRate flat(long amount) {
        return new FeeRate(null, amount);
    }

    /** The month's amount in whole đồng (half up). */
    public long amountFor(Long baseAmount) {
        if (percent == null) {
            return flatAmount;
        }
        return BigDecimal.valueOf(baseAmount == null ? 0 : baseAmount).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
