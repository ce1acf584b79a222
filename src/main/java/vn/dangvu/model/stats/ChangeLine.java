package vn.dangvu.model.stats;

/**
 * The lines of Biểu 1 (tăng, giảm đảng viên) in table order. A line whose {@link #partOf()}
 * is set is an "of which" line included in that line. Flows count the events dated within the
 * period that brought a person into đảng số or took them out of it (a person moving twice
 * counts twice). {@link #INCREASES} (B) = admitted + transferred in + restored;
 * {@link #DECREASES} (C) = died + expelled + removed + resigned + transferred out; so
 * A + B − C = D holds exactly when the two unlisted lines at the end are zero.
 */
public enum ChangeLine {
    OPENING("Đảng viên đầu kỳ", null),
    ADMITTED("Kết nạp", null),
    READMITTED("Trong đó: kết nạp lại", ADMITTED),
    TRANSFERRED_IN("Chuyển đến", null),
    TRANSFERRED_IN_FROM_OTHER_PROVINCE("Trong đó: từ tỉnh khác", TRANSFERRED_IN),
    TRANSFERRED_IN_FROM_OTHER_DISTRICT("Trong đó: từ huyện khác trong tỉnh", TRANSFERRED_IN),
    RESTORED("Khôi phục đảng tịch", null),
    INCREASES("Tổng số tăng", null),
    DIED("Từ trần", null),
    EXPELLED("Khai trừ", null),
    REMOVED("Xóa tên", null),
    REMOVED_PROBATIONARY("Trong đó: đảng viên dự bị", REMOVED),
    RESIGNED("Xin ra khỏi Đảng", null),
    TRANSFERRED_OUT("Chuyển đi", null),
    TRANSFERRED_OUT_TO_OTHER_PROVINCE("Trong đó: đi tỉnh khác", TRANSFERRED_OUT),
    TRANSFERRED_OUT_TO_OTHER_DISTRICT("Trong đó: đi huyện khác trong tỉnh", TRANSFERRED_OUT),
    DECREASES("Tổng số giảm", null),
    CLOSING("Đảng viên cuối kỳ", null),
    /**
     * Not in Biểu 1 and not in its totals: entries into đảng số by an event none of the lines
     * describes. Zero for every history the register accepts; otherwise A + B − C ≠ D.
     */
    UNLISTED_INCREASE("Ngoài biểu: tăng không thuộc mục nào", null),
    /** Not in Biểu 1 and not in its totals: exits from đảng số no line describes. */
    UNLISTED_DECREASE("Ngoài biểu: giảm không thuộc mục nào", null);

    private final String label;
    private final ChangeLine partOf;

    ChangeLine(String label, ChangeLine partOf) {
        this.label = label;
        this.partOf = partOf;
    }

    public String label() {
        return label;
    }

    /** The line this one is an "of which" part of, or null. */
    public ChangeLine partOf() {
        return partOf;
    }

    @Override
    public String toString() {
        return label;
    }
}
