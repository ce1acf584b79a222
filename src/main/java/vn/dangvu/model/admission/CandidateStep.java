package vn.dangvu.model.admission;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;

/**
 * One step of a candidate's dossier as recorded.
 *
 * @param issuingBody  the body that issued the decision or certificate, or the organisation
 *                     (Đoàn, Công đoàn) that introduced the candidate
 * @param validUntil   for the class certificate: its last valid day when printed on it
 * @param introducerId for an introducer step: the member who introduced the candidate
 */
public record CandidateStep(AdmissionStep step, LocalDate date, String number, String issuingBody,
                            LocalDate validUntil, Long introducerId, String note) {

    public CandidateStep {
        Objects.requireNonNull(step, "step");
        if (date == null) {
            throw new IllegalArgumentException(step.label() + ": thiếu " + step.dateLabel().toLowerCase(
                    java.util.Locale.ROOT) + ".");
        }
        number = Decision.blankToNull(number);
        issuingBody = Decision.blankToNull(issuingBody);
        note = Decision.blankToNull(note);
        if (!step.isIntroducer()) {
            introducerId = null;
        } else if (introducerId == null) {
            throw new IllegalArgumentException(step.label() + ": chưa chọn đảng viên giới thiệu.");
        }
        if (step != AdmissionStep.CLASS_CERTIFICATE) {
            validUntil = null;
        } else if (validUntil != null && validUntil.isBefore(date)) {
            throw new IllegalArgumentException("Giấy chứng nhận có giá trị đến " + DateFormats.format(validUntil)
                    + " trước ngày cấp " + DateFormats.format(date) + ".");
        }
    }

    public static CandidateStep on(AdmissionStep step, LocalDate date) {
        return new CandidateStep(step, date, null, null, null, null, null);
    }

    public boolean doneBy(LocalDate day) {
        return !date.isAfter(day);
    }
}
