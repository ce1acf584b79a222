package vn.dangvu.logic.merge;

import java.util.List;

/**
 * A source that cannot be merged, said in Vietnamese: unreadable, wrong password, written by a
 * newer version, or a workbook with errors (listed by sheet, row and column). Nothing was written.
 */
public final class MergeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> details;
    private final boolean passwordNeeded;

    public MergeRefused(String message) {
        this(message, List.of(), null);
    }

    MergeRefused(String message, List<String> details, Throwable cause) {
        this(message, details, cause, false);
    }

    private MergeRefused(String message, List<String> details, Throwable cause, boolean passwordNeeded) {
        super(message, cause);
        this.details = List.copyOf(details);
        this.passwordNeeded = passwordNeeded;
    }

    /** An encrypted backup opened without its password, or with a wrong one: asking for it again may help. */
    static MergeRefused password(String message, Throwable cause) {
        return new MergeRefused(message, List.of(), cause, true);
    }

    public boolean passwordNeeded() {
        return passwordNeeded;
    }

    /** The workbook's errors, "Sheet 'Đảng viên', dòng 7, cột 'Ngày sinh': …", one a line. */
    public List<String> details() {
        return details;
    }
}
