package vn.dangvu.model.meeting;

/** How a person required to attend was marked in the minutes. */
public enum AttendanceMark {
    PRESENT("Có mặt"),
    ABSENT_EXCUSED("Vắng có lý do"),
    ABSENT_UNEXCUSED("Vắng không lý do");

    private final String label;

    AttendanceMark(String label) {
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
