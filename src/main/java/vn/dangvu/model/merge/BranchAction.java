package vn.dangvu.model.merge;

/** What becomes of a source branch here (the merge command's JSON names them by {@link #code}). */
public enum BranchAction {
    /** Comes as a branch of its own, with its name. */
    NEW("new", "Chi bộ mới"),
    /** Joins a branch here on the join date (the branch merge). */
    INTO("into", "Gộp vào"),
    /** Comes as a branch of its own under a new name; its name before the join date stays. */
    RENAMED("renamed", "Đổi tên thành");

    private final String code;
    private final String label;

    BranchAction(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
