package vn.dangvu.model.fee;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.dangvu.model.NameOrder;

/** Sổ thu đảng phí of a branch for a year: every member with a month owed, exempt or paid there. */
public final class FeeBook {

    private FeeBook() {
    }

    /**
     * Rows in Vietnamese name order; a member appears in the branch of each month they paid with.
     * Unpaid months before {@code keptFrom}, the first month the office recorded a fee for (null:
     * none yet), are not arrears: an office that has not started the book must not see every
     * member owing every month.
     */
    public static List<FeeBookRow> of(FeeLedger ledger, List<FeePayer> payers, int year, long branchId,
                                      YearMonth keptFrom) {
        List<FeeBookRow> rows = new ArrayList<>();
        for (FeePayer payer : payers) {
            List<FeeCell> cells = ledger.year(payer, year);
            boolean here = cells.stream().anyMatch(c -> c.status() != FeeCell.Status.NOT_HERE
                    && Objects.equals(c.branchId(), branchId));
            if (here) {
                List<FeeCell> own = cells.stream().map(c -> !Objects.equals(c.branchId(), branchId)
                        ? new FeeCell(c.month(), FeeCell.Status.NOT_HERE, c.branchId(), 0, null, null)
                        : c.status() == FeeCell.Status.UNPAID && (keptFrom == null || c.month().isBefore(keptFrom))
                        ? new FeeCell(c.month(), FeeCell.Status.NOT_RECORDED, c.branchId(), c.due(), null, null)
                        : c).toList();
                rows.add(new FeeBookRow(payer.person().id(), payer.person().name(), payer.basis().describe(), own));
            }
        }
        rows.sort(Comparator.comparing(FeeBookRow::name, NameOrder.comparator()));
        return rows;
    }
}
