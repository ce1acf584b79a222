package vn.dangvu.model.stats;

/** The single-figure lines of Biểu 3, over đảng số at the end of the period. */
public enum MembershipLine {
    TOTAL("Tổng số đảng viên"),
    OFFICIAL("Đảng viên chính thức"),
    PROBATIONARY("Đảng viên dự bị"),
    FEMALE("Đảng viên nữ"),
    MALE("Đảng viên nam"),
    ETHNIC_MINORITY("Đảng viên dân tộc thiểu số"),
    RELIGIOUS("Đảng viên có tôn giáo"),
    EXEMPT("Đảng viên được miễn công tác và sinh hoạt đảng"),
    TEMPORARILY_AWAY("Đảng viên đang sinh hoạt tạm thời nơi khác");

    private final String label;

    MembershipLine(String label) {
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
