package vn.dangvu.model.admission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One line of "Kết nạp đảng viên qua các năm": the target set for the year (null when none was
 * set), the admissions achieved and their percentage of the target.
 *
 * @param year 0 for the total line
 */
public record AdmissionYear(int year, Integer target, int achieved) {

    /** achieved / target in percent, two decimals rounded half up (291 / 170 → 171,18). */
    public Optional<BigDecimal> percent() {
        if (target == null || target == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(achieved).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP));
    }
}
