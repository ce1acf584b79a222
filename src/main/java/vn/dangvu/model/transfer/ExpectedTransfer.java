package vn.dangvu.model.transfer;

import java.time.LocalDate;
import vn.dangvu.model.PersonName;

/**
 * A member who should start an official transfer within 60 working days of a change (new
 * workplace, retirement, leaving the job, a long-term move), DOMAIN.md §7.
 *
 * @param closedOn the clerk closed it without a transfer (with {@code closedReason}), or null
 */
public record ExpectedTransfer(Long id, long memberId, LocalDate occurredOn, String reason, LocalDate closedOn,
                               String closedReason) {

    public static final int MAX_REASON = 300;

    public ExpectedTransfer {
        if (occurredOn == null) {
            throw new IllegalArgumentException("Chưa nhập ngày phát sinh việc phải chuyển sinh hoạt.");
        }
        reason = PersonName.clean(reason);
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("Chưa nhập lý do phải chuyển sinh hoạt (ví dụ: nghỉ hưu, chuyển công tác).");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("Lý do dài quá " + MAX_REASON + " ký tự.");
        }
    }
}
