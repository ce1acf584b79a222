package vn.dangvu.model.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The fee rules in force from a date until the next regime (DOMAIN.md §12), as read from the
 * office's table {@code rules/dang-phi.csv}.
 *
 * @param exemptPartyYears members with this many years of party age pay nothing; null: no such rule
 * @param reductions       the reduction percentages allowed (30, 50, 70)
 * @param reductionMonths  how many months a reduction may last at most
 * @param retainedPercent  the share of the collected fees the commune keeps; the rest is forwarded
 * @param basis            the documents it comes from
 */
public record FeeRegime(LocalDate validFrom, Map<FeeCategory, FeeRate> rates, Set<FeeExemption> exemptions,
                        Integer exemptPartyYears, Set<Integer> reductions, int reductionMonths,
                        BigDecimal retainedPercent, String basis) {

    public FeeRegime {
        rates = Map.copyOf(rates);
        exemptions = Set.copyOf(exemptions);
        reductions = Set.copyOf(reductions);
    }

    public FeeRate rate(FeeCategory category) {
        FeeRate rate = rates.get(category);
        if (rate == null) {
            throw new IllegalStateException("Bảng đảng phí từ " + vn.dangvu.model.DateFormats.format(validFrom)
                    + " thiếu mức của \"" + category.label() + "\".");
        }
        return rate;
    }
}
