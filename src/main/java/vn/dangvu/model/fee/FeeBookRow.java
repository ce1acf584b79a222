package vn.dangvu.model.fee;

import java.util.List;
import vn.dangvu.model.PersonName;

/**
 * A member's line of the fee book (sổ thu đảng phí) for a year.
 *
 * @param cells the twelve months, January first
 */
public record FeeBookRow(long memberId, PersonName name, String basis, List<FeeCell> cells) {

    public long paidTotal() {
        return cells.stream().filter(c -> c.paid() != null).mapToLong(FeeCell::paid).sum();
    }

    public List<FeeCell> arrears() {
        return cells.stream().filter(c -> c.status() == FeeCell.Status.UNPAID).toList();
    }

    public long arrearsAmount() {
        return arrears().stream().mapToLong(FeeCell::due).sum();
    }
}
