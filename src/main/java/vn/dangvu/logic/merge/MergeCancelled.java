package vn.dangvu.logic.merge;

/** The clerk stopped a merge between two steps: its transaction was rolled back, nothing was written. */
public final class MergeCancelled extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MergeCancelled() {
        super("Đã dừng gộp dữ liệu; không có gì được ghi.");
    }
}
