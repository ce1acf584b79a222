package vn.dangvu.model;

/** Loại chi bộ. */
public enum BranchKind {
    VILLAGE("Thôn, bản, khu phố"),
    SCHOOL("Trường học"),
    POLICE("Công an"),
    MILITIA("Quân sự"),
    OFFICE("Cơ quan"),
    ENTERPRISE("Doanh nghiệp"),
    OTHER("Khác");

    private final String label;

    BranchKind(String label) {
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
