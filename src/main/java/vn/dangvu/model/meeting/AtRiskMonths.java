package vn.dangvu.model.meeting;

import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

/**
 * The xóa tên ground of QĐ24 8.1 (DOMAIN.md §8): {@value #GROUND} or more months in a year
 * without party activity or without fees, with no valid reason recorded. Activity comes from
 * meeting attendance, fees from the fee book; each source gives its months, this rule joins
 * them. The clerk is warned from {@code warnFrom} months on (configurable, 2 by default), so
 * that a member approaching the ground can be visited or give a reason before reaching it.
 *
 * @param warnFrom the months from which a member is listed, 1 to {@value #GROUND}
 */
public record AtRiskMonths(int warnFrom) {

    /** The months that make the ground for removal. */
    public static final int GROUND = 3;
    public static final AtRiskMonths STANDARD = new AtRiskMonths(2);

    public AtRiskMonths {
        if (warnFrom < 1 || warnFrom > GROUND) {
            throw new IllegalArgumentException("Số tháng bắt đầu cảnh báo phải từ 1 đến " + GROUND + ", không phải "
                    + warnFrom + ".");
        }
    }

    /** The months that count: without activity or without fees, minus those with a valid reason. */
    public static Set<YearMonth> unexplained(Set<YearMonth> withoutActivity, Set<YearMonth> withoutFees,
                                             Set<YearMonth> validReasons) {
        Set<YearMonth> months = new TreeSet<>(withoutActivity);
        months.addAll(withoutFees);
        months.removeAll(validReasons);
        return months;
    }

    /** Whether the member is listed: approaching the ground or on it. */
    public boolean listed(Set<YearMonth> unexplained) {
        return unexplained.size() >= warnFrom;
    }

    /** Whether the months make the ground for removal. */
    public static boolean reached(long months) {
        return months >= GROUND;
    }
}
