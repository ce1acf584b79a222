package vn.dangvu.model.fee;

/**
 * One branch (or the total) of the fee report for a period.
 *
 * @param payers     members with a month owed or exempt in the period
 * @param paidInFull of them, those with nothing in arrears
 * @param due        what the owed months ask, in đồng
 * @param collected  what was paid for the period's months
 * @param inArrears  members with an unpaid month
 * @param arrears    the unpaid amount
 * @param retained   the commune's share of {@code collected}
 * @param forwarded  the share sent to the higher committee
 */
public record FeeReportRow(String branch, int payers, int paidInFull, long due, long collected, int inArrears,
                           long arrears, long retained, long forwarded) {
}
