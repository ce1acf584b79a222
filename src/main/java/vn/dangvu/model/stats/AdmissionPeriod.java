package vn.dangvu.model.stats;

import java.time.LocalDate;

/** Biểu 3: when the member first joined the party (ngày vào Đảng lần đầu). */
public enum AdmissionPeriod {
    BEFORE_AUGUST_1945("Trước 19/8/1945"),
    AUGUST_1945_TO_JULY_1954("Từ 19/8/1945 đến 20/7/1954"),
    JULY_1954_TO_APRIL_1975("Từ 21/7/1954 đến 30/4/1975"),
    FROM_MAY_1975("Từ 01/5/1975"),
    UNKNOWN("Chưa rõ ngày vào Đảng");

    private static final LocalDate REVOLUTION = LocalDate.of(1945, 8, 19);
    private static final LocalDate GENEVA = LocalDate.of(1954, 7, 21);
    private static final LocalDate REUNIFICATION = LocalDate.of(1975, 5, 1);

    private final String label;

    AdmissionPeriod(String label) {
        this.label = label;
    }

    public static AdmissionPeriod of(LocalDate firstAdmission) {
        if (firstAdmission == null) {
            return UNKNOWN;
        }
        if (firstAdmission.isBefore(REVOLUTION)) {
            return BEFORE_AUGUST_1945;
        }
        if (firstAdmission.isBefore(GENEVA)) {
            return AUGUST_1945_TO_JULY_1954;
        }
        return firstAdmission.isBefore(REUNIFICATION) ? JULY_1954_TO_APRIL_1975 : FROM_MAY_1975;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
