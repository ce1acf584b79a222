package vn.dangvu.model;

/** The kinds of dated events that make up a member's history (DOMAIN.md §4). */
public enum MembershipEventType {
    ADMITTED("Kết nạp", BranchUse.OPTIONAL),
    RECOGNIZED_OFFICIAL("Công nhận đảng viên chính thức", BranchUse.NONE),
    TRANSFERRED_IN("Chuyển đến (chính thức)", BranchUse.REQUIRED),
    TRANSFERRED_OUT("Chuyển đi (chính thức)", BranchUse.NONE),
    TEMPORARY_LEAVE("Chuyển sinh hoạt tạm thời đi", BranchUse.NONE),
    TEMPORARY_RETURN("Trở về sau sinh hoạt tạm thời", BranchUse.NONE),
    HOSTING_STARTED("Tiếp nhận sinh hoạt tạm thời", BranchUse.REQUIRED),
    HOSTING_ENDED("Kết thúc sinh hoạt tạm thời", BranchUse.NONE),
    BRANCH_MOVED("Chuyển chi bộ", BranchUse.REQUIRED),
    EXEMPTED("Miễn công tác và sinh hoạt đảng", BranchUse.NONE),
    EXEMPTION_ENDED("Thôi miễn công tác và sinh hoạt đảng", BranchUse.NONE),
    /** Đình chỉ sinh hoạt đảng: still a member, counted, not rated while it lasts (DOMAIN.md §9). */
    SUSPENDED("Đình chỉ sinh hoạt đảng", BranchUse.NONE),
    SUSPENSION_ENDED("Hết đình chỉ sinh hoạt đảng", BranchUse.NONE),
    REMOVED("Xóa tên", BranchUse.NONE),
    EXPELLED("Khai trừ", BranchUse.NONE),
    RESIGNED("Xin ra khỏi Đảng", BranchUse.NONE),
    DIED("Từ trần", BranchUse.NONE),
    READMITTED("Kết nạp lại", BranchUse.OPTIONAL),
    RESTORED("Khôi phục đảng tịch", BranchUse.NONE);

    /** Whether the event names the branch the member joins. */
    public enum BranchUse { NONE, OPTIONAL, REQUIRED }

    private final String label;
    private final BranchUse branchUse;

    MembershipEventType(String label, BranchUse branchUse) {
        this.label = label;
        this.branchUse = branchUse;
    }

    public String label() {
        return label;
    }

    public BranchUse branchUse() {
        return branchUse;
    }

    /** Events whose other side is an organisation outside the committee. */
    public boolean namesOtherOrganisation() {
        return this == TRANSFERRED_IN || this == TRANSFERRED_OUT || this == TEMPORARY_LEAVE
                || this == HOSTING_STARTED;
    }

    @Override
    public String toString() {
        return label;
    }
}
