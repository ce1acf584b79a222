package vn.dangvu.model.fee;

import java.time.YearMonth;

/**
 * One member and month of the fee book.
 *
 * @param branchId the branch the member paid with that month (null when never inside)
 * @param due      what the month asks, 0 when not owed here or exempt
 * @param paid     what was paid for it, or null
 * @param exempt   the reason nothing is owed, or null
 */
public record FeeCell(YearMonth month, Status status, Long branchId, long due, Long paid, String exempt) {

    public enum Status {
        /** Not a payer here that month (not yet a member, away, gone). */
        NOT_HERE,
        EXEMPT,
        PAID,
        /** Owed and not paid, on or before the as-of month: arrears. */
        UNPAID,
        /** Owed for a month after the as-of month, not paid in advance. */
        LATER,
        /** Owed, but before the office began recording fees: unknown, not arrears. */
        NOT_RECORDED
    }

    public boolean owed() {
        return status == Status.PAID && due > 0 || status == Status.UNPAID || status == Status.LATER
                || status == Status.NOT_RECORDED;
    }
}
