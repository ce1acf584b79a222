package vn.dangvu.model.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.PartyAge;

/**
 * The party fee rules as dated data (DOMAIN.md §12): each month is reckoned by the regime in
 * force on its first day. Built from the table's lines "valid_from,item,value,basis" where item is
 * a {@link FeeCategory} (value "1%" or "6000"), RETAINED ("90%"), EXEMPT_PARTY_YEARS ("50"),
 * EXEMPTIONS (FeeExemption names separated by ";"), REDUCTIONS ("30;50;70") or REDUCTION_MONTHS ("12").
 */
public final class FeeRules {

    private static final Set<String> OTHER_ITEMS = Set.of("RETAINED", "EXEMPT_PARTY_YEARS", "REDUCTION_MONTHS",
            "REDUCTIONS", "EXEMPTIONS");

    private final List<FeeRegime> regimes;

    public FeeRules(List<FeeRegime> regimes) {
        List<FeeRegime> sorted = new ArrayList<>(regimes);
        sorted.sort(Comparator.comparing(FeeRegime::validFrom));
        this.regimes = List.copyOf(sorted);
    }

    public List<FeeRegime> regimes() {
        return regimes;
    }

    /** The regime in force on the month's first day. */
    public FeeRegime regimeFor(YearMonth month) {
        LocalDate first = month.atDay(1);
        FeeRegime found = null;
        for (FeeRegime regime : regimes) {
            if (!regime.validFrom().isAfter(first)) {
                found = regime;
            }
        }
        if (found == null) {
            throw new IllegalStateException("Bảng đảng phí không có quy định cho tháng " + month.getMonthValue() + "/"
                    + month.getYear() + ".");
        }
        return found;
    }

    /**
     * What a member owes for a month.
     *
     * @param partyAge the member's party age, for the exemption at 50 years; may be null
     */
    public FeeDue monthlyFee(YearMonth month, FeeBasis basis, PartyAge partyAge) {
        FeeRegime regime = regimeFor(month);
        Integer years = regime.exemptPartyYears();
        if (years != null && partyAge != null && partyAge.reachedOn(years).filter(d -> !d.isAfter(month.atDay(1)))
                .isPresent()) {
            return new FeeDue(0, "Đủ " + years + " năm tuổi đảng", regime.basis());
        }
        if (basis.exemption() != null && regime.exemptions().contains(basis.exemption())) {
            return new FeeDue(0, basis.exemption().label(), regime.basis());
        }
        long amount = regime.rate(basis.category()).amountFor(basis.baseAmount());
        boolean reduced = basis.reducedIn(month) && regime.reductions().contains(basis.reductionPercent())
                && month.isBefore(basis.reductionFrom().plusMonths(regime.reductionMonths()));
        if (reduced) {
            long kept = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(100 - basis.reductionPercent()))
                    .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).longValueExact();
            return new FeeDue(kept, null, "giảm " + basis.reductionPercent() + "%");
        }
        return new FeeDue(amount, null, regime.basis());
    }

    /** An item of the table: a {@link FeeCategory} or one of the regime's other items; refused when unknown. */
    public static String item(String name) {
        if (!OTHER_ITEMS.contains(name)) {
            named(FeeCategory.class, name);
        }
        return name;
    }

    /** Collects the table's lines, one regime a date; refuses a bad value line by line and a regime missing an item. */
    public static final class Builder {

        private final Map<LocalDate, RegimeBuilder> regimes = new LinkedHashMap<>();

        /** @param basis the regulation; the first one given for a date is kept */
        public Builder add(LocalDate validFrom, String item, String value, String basis) {
            RegimeBuilder regime = regimes.computeIfAbsent(validFrom, RegimeBuilder::new);
            regime.add(item(item), value);
            if (!basis.isBlank() && regime.basis == null) {
                regime.basis = basis.strip();
            }
            return this;
        }

        public FeeRules build() {
            if (regimes.isEmpty()) {
                throw new IllegalArgumentException("bảng đảng phí không có dòng nào.");
            }
            List<FeeRegime> built = new ArrayList<>();
            for (RegimeBuilder regime : regimes.values()) {
                built.add(regime.build());
            }
            return new FeeRules(built);
        }
    }

    private static final class RegimeBuilder {
        private final LocalDate validFrom;
        private final Map<FeeCategory, FeeRate> rates = new EnumMap<>(FeeCategory.class);
        private final Set<FeeExemption> exemptions = EnumSet.noneOf(FeeExemption.class);
        private final Set<Integer> reductions = new HashSet<>();
        private Integer exemptPartyYears;
        private int reductionMonths;
        private BigDecimal retained;
        private String basis;

        RegimeBuilder(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        void add(String item, String value) {
            switch (item) {
                case "RETAINED" -> retained = percent(value);
                case "EXEMPT_PARTY_YEARS" -> exemptPartyYears = NumberFormats.parseWhole(value);
                case "REDUCTION_MONTHS" -> reductionMonths = NumberFormats.parseWhole(value);
                case "REDUCTIONS" -> {
                    for (String part : value.split(";")) {
                        reductions.add(NumberFormats.parseWhole(part.strip()));
                    }
                }
                case "EXEMPTIONS" -> {
                    for (String part : value.split(";")) {
                        exemptions.add(named(FeeExemption.class, part.strip()));
                    }
                }
                default -> rates.put(named(FeeCategory.class, item), value.endsWith("%")
                        ? FeeRate.percentOf(percent(value)) : FeeRate.flat(NumberFormats.parseWhole(value.replace(".", ""))));
            }
        }

        FeeRegime build() {
            String from = DateFormats.format(validFrom);
            for (FeeCategory category : FeeCategory.values()) {
                if (!rates.containsKey(category)) {
                    throw new IllegalArgumentException("quy định từ " + from + " thiếu mức đảng phí của \""
                            + category.label() + "\" (" + category.name() + ").");
                }
            }
            if (retained == null) {
                throw new IllegalArgumentException("quy định từ " + from + " thiếu tỷ lệ trích giữ lại (RETAINED).");
            }
            return new FeeRegime(validFrom, rates, exemptions, exemptPartyYears, reductions, reductionMonths, retained,
                    basis == null ? "" : basis);
        }

        private static BigDecimal percent(String value) {
            if (!value.endsWith("%")) {
                throw new IllegalArgumentException("tỷ lệ \"" + value + "\" phải có dấu %.");
            }
            try {
                return new BigDecimal(value.substring(0, value.length() - 1).strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("tỷ lệ \"" + value + "\" không phải là số.");
            }
        }

    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mục \"" + name + "\" không có trong bảng đảng phí.");
        }
    }
}
