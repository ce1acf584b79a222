package vn.dangvu.model.rating;

/** Why a member of the register is not rated for a year (DOMAIN.md §9). */
public enum NotRatedReason {
    EXEMPT("Miễn công tác và sinh hoạt đảng"),
    SUSPENDED("Đang bị đình chỉ sinh hoạt đảng"),
    ADMITTED_RECENTLY("Kết nạp chưa đủ 6 tháng đến ngày đánh giá"),
    HOSTED("Sinh hoạt tạm thời tại Đảng bộ: được đánh giá ở nơi chuyển đi");

    private final String label;

    NotRatedReason(String label) {
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
