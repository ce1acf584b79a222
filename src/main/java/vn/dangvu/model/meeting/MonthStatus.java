package vn.dangvu.model.meeting;

/** A month (or a quarter, for the thematic meeting) in a branch's meeting calendar. */
public enum MonthStatus {
    HELD("Đã họp"),
    MISSING("Không họp"),
    PLANNED("Chưa đến hạn"),
    NOT_DUE("Chi bộ chưa thành lập hoặc đã giải thể");

    private final String label;

    MonthStatus(String label) {
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
