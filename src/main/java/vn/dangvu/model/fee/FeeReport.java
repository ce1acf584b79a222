package vn.dangvu.model.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Báo cáo thu, nộp đảng phí for a month or a quarter, branch by branch (DOMAIN.md §12). The
 * shares are split per branch and month with that month's retained rate; the total is the sum
 * of the branch rows.
 */
public record FeeReport(YearMonth from, YearMonth to, List<FeeReportRow> rows, FeeReportRow total) {

    /**
     * @param branchNames the branches in the order the report lists them (id → name)
     */
    public static FeeReport of(FeeLedger ledger, List<FeePayer> payers, YearMonth from, YearMonth to,
                               Map<Long, String> branchNames) {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        branchNames.keySet().forEach(id -> tallies.put(id, new Tally()));
        for (FeePayer payer : payers) {
            Map<Long, Boolean> arrearsByBranch = new HashMap<>();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                FeeCell cell = ledger.cell(payer, month);
                if (cell.status() == FeeCell.Status.NOT_HERE && cell.paid() == null || cell.branchId() == null) {
                    continue;
                }
                Tally tally = tallies.computeIfAbsent(cell.branchId(), id -> new Tally());
                boolean unpaid = cell.status() == FeeCell.Status.UNPAID;
                arrearsByBranch.merge(cell.branchId(), unpaid, Boolean::logicalOr);
                tally.add(payer.person().id(), cell, ledger.rules().regimeFor(month).retainedPercent());
            }
            arrearsByBranch.forEach((branch, inArrears) -> {
                if (inArrears) {
                    tallies.get(branch).inArrears.add(payer.person().id());
                }
            });
        }
        List<FeeReportRow> rows = new ArrayList<>();
        tallies.forEach((id, tally) -> rows.add(tally.row(branchNames.getOrDefault(id, "Chi bộ không rõ"))));
        return new FeeReport(from, to, rows, sum(rows));
    }

    /** "tháng 2/2026" or "quý I/2026" or "từ tháng 1/2026 đến tháng 3/2026". */
    public String periodLabel() {
        if (from.equals(to)) {
            return "tháng " + from.getMonthValue() + "/" + from.getYear();
        }
        boolean quarter = from.getYear() == to.getYear() && (from.getMonthValue() - 1) % 3 == 0
                && to.getMonthValue() == from.getMonthValue() + 2;
        if (quarter) {
            return "quý " + new String[] {"I", "II", "III", "IV"}[(from.getMonthValue() - 1) / 3] + "/" + from.getYear();
        }
        return "từ tháng " + from.getMonthValue() + "/" + from.getYear() + " đến tháng " + to.getMonthValue() + "/"
                + to.getYear();
    }

    private static FeeReportRow sum(List<FeeReportRow> rows) {
        int payers = 0;
        int paidInFull = 0;
        int inArrears = 0;
        long due = 0;
        long collected = 0;
        long arrears = 0;
        long retained = 0;
        long forwarded = 0;
        for (FeeReportRow r : rows) {
            payers += r.payers();
            paidInFull += r.paidInFull();
            inArrears += r.inArrears();
            due += r.due();
            collected += r.collected();
            arrears += r.arrears();
            retained += r.retained();
            forwarded += r.forwarded();
        }
        return new FeeReportRow("Tổng cộng", payers, paidInFull, due, collected, inArrears, arrears, retained, forwarded);
    }

    private static final class Tally {
        private final Set<Long> payers = new HashSet<>();
        private final Set<Long> inArrears = new HashSet<>();
        private long due;
        private long collected;
        private long arrears;
        private long forwarded;

        void add(long memberId, FeeCell cell, BigDecimal retainedPercent) {
            if (cell.status() != FeeCell.Status.NOT_HERE) {
                payers.add(memberId);
            }
            if (cell.status() == FeeCell.Status.PAID || cell.status() == FeeCell.Status.UNPAID) {
                due += cell.due();
            }
            if (cell.status() == FeeCell.Status.UNPAID) {
                arrears += cell.due();
            }
            if (cell.paid() != null) {
                collected += cell.paid();
                forwarded += BigDecimal.valueOf(cell.paid()).multiply(BigDecimal.valueOf(100).subtract(retainedPercent))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact();
            }
        }

        FeeReportRow row(String name) {
            return new FeeReportRow(name, payers.size(), payers.size() - inArrears.size(), due, collected,
                    inArrears.size(), arrears, collected - forwarded, forwarded);
        }
    }
}
