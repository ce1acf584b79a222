package vn.dangvu.model.transfer;

import java.time.LocalDate;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.stats.TransferScope;

/**
 * A line of the Mẫu 10-SHĐ register as shown and printed.
 *
 * @param admittedOn ngày vào Đảng on the letter's date
 * @param officialOn ngày chính thức on the letter's date, null while probationary
 * @param from       nơi gửi: the committee (and branch) for an outgoing letter, the other side otherwise
 * @param to         nơi nhận
 * @param scopeLabel see {@link #scopeLabel(TransferScope, boolean)}
 */
public record LetterLine(TransferLetter letter, TransferKind kind, long memberId, PersonName name,
                         LocalDate birthDate, LocalDate admittedOn, LocalDate officialOn, String cardNumber,
                         String from, String to, String scopeLabel) {

    /**
     * Ngoài tỉnh / Trong tỉnh / Trong huyện, the register's scope column; "" when the places do
     * not tell. Inside the committee's own area it is "Trong huyện" under a district committee and
     * "Trong tỉnh" under a province committee (communes since 7/2025).
     */
    public static String scopeLabel(TransferScope scope, boolean homeHasDistrict) {
        return switch (scope) {
            case OTHER_PROVINCE -> "Ngoài tỉnh";
            case OTHER_DISTRICT -> "Trong tỉnh";
            case SAME_AREA -> homeHasDistrict ? "Trong huyện" : "Trong tỉnh";
            case UNKNOWN -> "";
        };
    }

    /** An outgoing official letter whose receipt the destination has not confirmed. */
    public boolean pending() {
        return kind == TransferKind.OFFICIAL_OUT && letter.receiptConfirmedOn() == null;
    }
}
