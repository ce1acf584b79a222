package vn.dangvu.model;

import java.time.LocalDate;

/**
 * One admission ceremony held in the committee (kết nạp or kết nạp lại into one of its branches),
 * with the person as they are on file: what the admission reports count.
 */
public record Admission(Member person, LocalDate date, long branchId, boolean readmission) {
}
