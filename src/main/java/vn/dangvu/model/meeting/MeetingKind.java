package vn.dangvu.model.meeting;

/** Loại buổi sinh hoạt: thường kỳ every month, chuyên đề at least once a quarter, or both in one sitting. */
public enum MeetingKind {
    REGULAR("Thường kỳ", "THƯỜNG KỲ"),
    THEMATIC("Chuyên đề", "CHUYÊN ĐỀ"),
    COMBINED("Thường kỳ kết hợp chuyên đề", "THƯỜNG KỲ KẾT HỢP CHUYÊN ĐỀ");

    private final String label;
    private final String title;

    MeetingKind(String label, String title) {
        this.label = label;
        this.title = title;
    }

    public String label() {
        return label;
    }

    /** As the minutes' title writes it: "BIÊN BẢN SINH HOẠT CHI BỘ {title} THÁNG …". */
    public String title() {
        return title;
    }

    /** Counts as the month's regular meeting. */
    public boolean regular() {
        return this != THEMATIC;
    }

    /** Counts as the quarter's thematic meeting. */
    public boolean thematic() {
        return this != REGULAR;
    }

    @Override
    public String toString() {
        return label;
    }
}
