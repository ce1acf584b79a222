package vn.dangvu.model.fee;

import java.time.YearMonth;
import vn.dangvu.model.NumberFormats;

/**
 * What a member's monthly fee is computed from.
 *
 * @param baseAmount       salary or pension in đồng, for percentage rates; null otherwise
 * @param exemption        a recorded exemption, or null
 * @param reductionPercent 30, 50 or 70 for a reduction (giảm đảng phí), or null
 * @param reductionFrom    first reduced month
 * @param reductionUntil   last reduced month
 */
public record FeeBasis(FeeCategory category, Long baseAmount, FeeExemption exemption, Integer reductionPercent,
                       YearMonth reductionFrom, YearMonth reductionUntil) {

    /** No record: a member of a rural commune without a salary. */
    public static final FeeBasis DEFAULT = new FeeBasis(FeeCategory.OTHER, null, null, null, null, null);

    public FeeBasis {
        if (category == null) {
            throw new IllegalArgumentException("Chưa chọn đối tượng đóng đảng phí.");
        }
        if (category.needsBaseAmount() && (baseAmount == null || baseAmount <= 0)) {
            throw new IllegalArgumentException("Đối tượng \"" + category.label()
                    + "\" phải nhập mức lương hoặc lương hưu (đồng) để tính đảng phí.");
        }
        if (!category.needsBaseAmount()) {
            baseAmount = null;
        }
        if (reductionPercent != null) {
            if (reductionPercent < 1 || reductionPercent > 99) {
                throw new IllegalArgumentException("Mức giảm đảng phí phải từ 1 đến 99%, không phải " + reductionPercent + "%.");
            }
            if (reductionFrom == null || reductionUntil == null) {
                throw new IllegalArgumentException("Giảm đảng phí phải có tháng bắt đầu và tháng kết thúc.");
            }
            if (reductionUntil.isBefore(reductionFrom)) {
                throw new IllegalArgumentException("Tháng kết thúc giảm đảng phí trước tháng bắt đầu.");
            }
        } else {
            reductionFrom = null;
            reductionUntil = null;
        }
    }

    public boolean reducedIn(YearMonth month) {
        return reductionPercent != null && !month.isBefore(reductionFrom) && !month.isAfter(reductionUntil);
    }

    /** "Hưởng lương hưu, 5.200.000 đ". */
    public String describe() {
        return baseAmount == null ? category.label() : category.label() + ", " + NumberFormats.money(baseAmount);
    }
}
