package vn.dangvu.logic.persistence;

/** The record changed since it was read (version column): saving would overwrite someone's work. */
public class StaleRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String what;

    public StaleRecordException(String what) {
        super(what + " đã được sửa ở nơi khác sau khi bạn mở. Hãy mở lại rồi sửa tiếp.");
        this.what = what;
    }

    /** The record, as the clerk knows it: "Hồ sơ Nguyễn Văn An". */
    public String what() {
        return what;
    }
}
