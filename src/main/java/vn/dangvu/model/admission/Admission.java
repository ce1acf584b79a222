package vn.dangvu.model.admission;

import java.time.LocalDate;
import vn.dangvu.model.Member;

/**
 * One admission ceremony held in the committee (kết nạp or kết nạp lại into one of its branches),
 * with the person as they are on file: what the admission reports count.
 */
public record Admission(Member person, LocalDate date, long branchId, boolean readmission) {
}
