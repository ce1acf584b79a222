package vn.dangvu.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Vietnamese documents write them: 8.341 and 11,78. The one place that formats them. */
public final class NumberFormats {

    private NumberFormats() {
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return symbols;
    }

    /** 8341 → "8.341". */
    public static String count(long value) {
        return new DecimalFormat("#,##0", symbols()).format(value);
    }

    /** 130 → "130,00" (two decimals, no % sign). */
    public static String decimal2(BigDecimal value) {
        return decimal(value, 2, 2);
    }

    /**
     * 1234.5 → "1.234,5" with at least {@code minDecimals} and at most {@code maxDecimals} digits
     * after the comma, rounded half-even.
     */
    public static String decimal(Number value, int minDecimals, int maxDecimals) {
        DecimalFormat format = new DecimalFormat("#,##0", symbols());
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        return format.format(value);
    }

    /** 6000 → "6.000 đ" (money in đồng). */
    public static String money(long amount) {
        return count(amount) + " đ";
    }

    /** " 6000 " → 6000, as an editable rule table writes it; refused in Vietnamese. */
    public static int parseWhole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" không phải là số nguyên.", e);
        }
    }
}
