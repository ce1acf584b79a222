package vn.dangvu.model.history;

/** What a line of the change log records. */
public enum ChangeKind {
    MEMBER_CREATED(false),
    MEMBER_EDITED(true),
    EVENT_RECORDED(true),
    EVENT_DELETED(true),   // xóa vào thùng rác
    EVENT_RESTORED(true),  // khôi phục từ thùng rác
    UNDONE(false),         // hoàn tác
    PAPER_ADDED(true),     // giấy tờ, ảnh thêm vào hồ sơ
    PAPER_REPLACED(true),  // thay bằng bản quét mới (bản cũ vào thùng rác)
    PAPER_REMOVED(true),   // gỡ khỏi hồ sơ (vào thùng rác)
    PAPER_RESTORED(true),  // khôi phục từ thùng rác
    DISCIPLINE_RECORDED(false), // kỷ luật: a decision, not taken back by Ctrl+Z
    RECORD_SAVED(false),   // ghi chi bộ, biên bản, hồ sơ kết nạp, nhập Excel, xếp loại… (not a member's own record)
    EXPORTED(false),
    PRINTED(false);

    private final boolean undoable;

    ChangeKind(boolean undoable) {
        this.undoable = undoable;
    }

    /** Whether Ctrl+Z can revert it; exports, prints and undos themselves cannot be. */
    public boolean undoable() {
        return undoable;
    }

    /** Whether it changed data (exports and prints only read). */
    public boolean changesData() {
        return this != EXPORTED && this != PRINTED;
    }
}
