package vn.dangvu.model.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.model.MembershipState;

/**
 * The one place a member's month is judged (owed, exempt, paid, in arrears): the fee book, the
 * report and the at-risk list all read these cells, so no amount is computed twice.
 */
public final class FeeLedger {

    private final FeeRules rules;
    private final LocalDate asOf;

    /** @param asOf months after this day's month are not yet in arrears */
    public FeeLedger(FeeRules rules, LocalDate asOf) {
        this.rules = rules;
        this.asOf = asOf;
    }

    public FeeCell cell(FeePayer payer, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        MembershipState state = payer.person().history().stateOn(end.isAfter(asOf) ? asOf : end);
        Long paid = payer.payments().get(month);
        if (!FeePayer.paysHere(state)) {
            return new FeeCell(month, paid == null ? FeeCell.Status.NOT_HERE : FeeCell.Status.PAID, state.branchId(),
                    0, paid, null);
        }
        FeeDue due = rules.monthlyFee(month, payer.basis(), payer.partyAge());
        if (paid != null) {
            return new FeeCell(month, FeeCell.Status.PAID, state.branchId(), due.amount(), paid, due.exempt());
        }
        if (due.isExempt()) {
            return new FeeCell(month, FeeCell.Status.EXEMPT, state.branchId(), 0, null, due.exempt());
        }
        FeeCell.Status status = month.isAfter(YearMonth.from(asOf)) ? FeeCell.Status.LATER : FeeCell.Status.UNPAID;
        return new FeeCell(month, status, state.branchId(), due.amount(), null, null);
    }

    /** The twelve months of a year. */
    public List<FeeCell> year(FeePayer payer, int year) {
        List<FeeCell> cells = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            cells.add(cell(payer, YearMonth.of(year, m)));
        }
        return cells;
    }

    /** Months of the year, up to the as-of month, owed here and not paid (for the at-risk list). */
    public List<YearMonth> unpaidMonths(FeePayer payer, int year) {
        return year(payer, year).stream().filter(c -> c.status() == FeeCell.Status.UNPAID).map(FeeCell::month).toList();
    }

    public FeeRules rules() {
        return rules;
    }

    public LocalDate asOf() {
        return asOf;
    }
}
