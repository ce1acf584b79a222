package vn.dangvu.model.fee;

/**
 * What a member owes for one month.
 *
 * @param amount what to pay in đồng (0 when exempt)
 * @param exempt why nothing is owed, or null
 * @param note   how the amount was reached: "giảm 50%", the rate's basis
 */
public record FeeDue(long amount, String exempt, String note) {

    public boolean isExempt() {
        return exempt != null;
    }
}
