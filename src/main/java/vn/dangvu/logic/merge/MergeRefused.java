package vn.dangvu.logic.merge;

import java.util.List;

/**
 * A source that cannot be merged, said in Vietnamese: unreadable, wrong password, written by a
 * newer version, or a workbook with errors (listed by sheet, row and column). Nothing was written.
 */
public final class MergeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> details;

    public MergeRefused(String message) {
        this(message, List.of(), null);
    }

    MergeRefused(String message, List<String> details, Throwable cause) {
        super(message, cause);
        this.details = List.copyOf(details);
    }

    /** The workbook's errors, "Sheet 'Đảng viên', dòng 7, cột 'Ngày sinh': …", one a line. */
    public List<String> details() {
        return details;
    }
}
