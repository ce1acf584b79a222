package vn.dangvu.model;

/** Trạng thái of a person on a day, as the register shows it. */
public enum MemberStatus {
    NOT_YET_MEMBER("Chưa sinh hoạt tại Đảng bộ"),
    PROBATIONARY("Dự bị"),
    OFFICIAL("Chính thức"),
    HOSTED("Sinh hoạt tạm thời"),
    HOSTING_ENDED("Hết sinh hoạt tạm thời"),
    TRANSFERRED_OUT("Đã chuyển đi"),
    REMOVED("Đã xóa tên"),
    EXPELLED("Đã khai trừ"),
    RESIGNED("Đã ra khỏi Đảng"),
    DIED("Đã từ trần");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counted in đảng số when also not hosted from elsewhere. */
    public boolean isMember() {
        return this == PROBATIONARY || this == OFFICIAL;
    }

    @Override
    public String toString() {
        return label;
    }
}
