package vn.dangvu.model.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.PersonName;

/**
 * One line of the Sổ giới thiệu sinh hoạt đảng (Mẫu 10-SHĐ): the letter that went with a transfer
 * event, numbered from 1 within the year of its date.
 *
 * @param id                 null until stored
 * @param eventId            the transfer event the letter belongs to
 * @param number             số thứ tự in the register of {@code letterDate}'s year (0 until stored)
 * @param letterNumber       the number printed on the letter, may be unknown
 * @param letterDate         ngày gửi for an outgoing letter, ngày nhận for an incoming one
 * @param feesPaidThrough    "đã đóng đảng phí hết tháng …", may be unknown
 * @param receiptConfirmedOn outgoing: the day the destination confirmed receipt, null while pending
 */
public record TransferLetter(Long id, long eventId, int number, String letterNumber, LocalDate letterDate,
                             YearMonth feesPaidThrough, LocalDate receiptConfirmedOn) {

    public static final int MAX_LETTER_NUMBER = 50;

    public TransferLetter {
        if (letterDate == null) {
            throw new IllegalArgumentException("Giấy giới thiệu thiếu ngày.");
        }
        String cleaned = PersonName.clean(letterNumber);
        letterNumber = cleaned.isEmpty() ? null : cleaned;
        if (letterNumber != null && letterNumber.length() > MAX_LETTER_NUMBER) {
            throw new IllegalArgumentException("Số giấy giới thiệu dài quá " + MAX_LETTER_NUMBER + " ký tự.");
        }
        if (receiptConfirmedOn != null && receiptConfirmedOn.isBefore(letterDate)) {
            throw new IllegalArgumentException("Ngày xác nhận tiếp nhận " + DateFormats.format(receiptConfirmedOn)
                    + " trước ngày giấy giới thiệu " + DateFormats.format(letterDate) + ".");
        }
    }

    /** A letter before it is stored and numbered. */
    public static TransferLetter draft(String letterNumber, LocalDate letterDate, YearMonth feesPaidThrough) {
        return new TransferLetter(null, 0, 0, letterNumber, letterDate, feesPaidThrough, null);
    }

    public int year() {
        return letterDate.getYear();
    }

    public TransferLetter stored(long newId, long newEventId, int newNumber) {
        return new TransferLetter(newId, newEventId, newNumber, letterNumber, letterDate, feesPaidThrough,
                receiptConfirmedOn);
    }

    public TransferLetter confirmedOn(LocalDate day) {
        return new TransferLetter(id, eventId, number, letterNumber, letterDate, feesPaidThrough, day);
    }

    /** "tháng 5/2026", or "" when unknown. */
    public String feesPaidThroughText() {
        return feesPaidThrough == null ? "" : "tháng " + feesPaidThrough.getMonthValue() + "/" + feesPaidThrough.getYear();
    }
}
