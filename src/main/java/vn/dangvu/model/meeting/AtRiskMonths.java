package vn.dangvu.model.meeting;

import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;

/**
 * The xóa tên ground of QĐ24 8.1 (DOMAIN.md §8): 3 or more months in a year without party
 * activity or without fees, with no valid reason recorded. Activity comes from meeting
 * attendance, fees from the fee book; each source gives its months, this rule joins them.
 */
public final class AtRiskMonths {

    public static final int THRESHOLD = 3;

    private AtRiskMonths() {
    }

    /** The months that count: without activity or without fees, minus those with a valid reason. */
    public static Set<YearMonth> unexplained(Set<YearMonth> withoutActivity, Set<YearMonth> withoutFees,
                                             Set<YearMonth> validReasons) {
        Set<YearMonth> months = new TreeSet<>(withoutActivity);
        months.addAll(withoutFees);
        months.removeAll(validReasons);
        return months;
    }

    public static boolean atRisk(Set<YearMonth> unexplained) {
        return unexplained.size() >= THRESHOLD;
    }
}
