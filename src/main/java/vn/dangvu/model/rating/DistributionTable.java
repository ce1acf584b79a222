package vn.dangvu.model.rating;

import java.util.List;

/**
 * One distribution table: grades counted per year, several years side by side, for a scope
 * (the committee, one branch) and for members or for branches.
 *
 * @param scope    "Đảng bộ xã Hải Yến", "Chi bộ thôn Nà Pàn"
 * @param branches whether the counts are of branches (tổ chức đảng) rather than members
 */
public record DistributionTable(String scope, boolean branches, List<GradeCounts> years) {

    public DistributionTable {
        years = List.copyOf(years);
    }

    /** Every year added up ("Tổng (lượt)"). */
    public GradeCounts total() {
        GradeCounts sum = GradeCounts.none(0);
        for (GradeCounts year : years) {
            sum = sum.plus(year);
        }
        return sum;
    }
}
