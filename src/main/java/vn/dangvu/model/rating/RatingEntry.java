package vn.dangvu.model.rating;

import java.util.Objects;

/**
 * One member's line of a year's rating as the rating screen records it.
 *
 * @param branchId      the branch that rated the member, null when not known (older imports)
 * @param score         the 100-point score (from 2025), or null
 * @param selfGrade     the member's self-assessment (tự đánh giá), or null
 * @param proposedGrade the branch's proposal (chi bộ đề xuất), or null
 * @param sickLeaveMonths the months of sick leave in the year (0–12), or null when none was recorded
 */
public record RatingEntry(long memberId, int year, Long branchId, RatingGrade grade, Integer score,
                          RatingGrade selfGrade, RatingGrade proposedGrade, Integer sickLeaveMonths, String note) {

    public RatingEntry {
        Objects.requireNonNull(grade, "grade");
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("Điểm xếp loại phải từ 0 đến 100, không phải " + score + ".");
        }
        if (sickLeaveMonths != null && (sickLeaveMonths < 0 || sickLeaveMonths > 12)) {
            throw new IllegalArgumentException("Số tháng nghỉ ốm phải từ 0 đến 12, không phải " + sickLeaveMonths + ".");
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
