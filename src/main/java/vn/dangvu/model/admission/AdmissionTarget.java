package vn.dangvu.model.admission;

/**
 * Chỉ tiêu kết nạp đảng viên of a year.
 *
 * @param branchId null for the whole committee
 */
public record AdmissionTarget(int year, Long branchId, int target) {

    public AdmissionTarget {
        if (target < 0) {
            throw new IllegalArgumentException("Chỉ tiêu kết nạp năm " + year + " không thể âm: " + target + ".");
        }
        if (year < 1930 || year > 2100) {
            throw new IllegalArgumentException("Năm " + year + " không hợp lệ.");
        }
    }
}
