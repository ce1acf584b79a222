package vn.dangvu.model.stats;

/** The single-figure lines of Biểu 2 (đảng viên mới kết nạp): the total, then "of which". */
public enum NewMemberLine {
    TOTAL("Tổng số đảng viên mới kết nạp"),
    FEMALE("Nữ"),
    ETHNIC_MINORITY("Dân tộc thiểu số"),
    RELIGIOUS("Có tôn giáo"),
    YOUTH_UNION("Đoàn viên Đoàn TNCS Hồ Chí Minh"),
    BUSINESS_OWNER("Chủ doanh nghiệp tư nhân"),
    READMITTED("Kết nạp lại");

    private final String label;

    NewMemberLine(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
