package vn.dangvu.model.fee;

/** What a member's party fee is reckoned on (DOMAIN.md §12). */
public enum FeeCategory {
    SALARIED("Hưởng lương, phụ cấp (theo lương đóng BHXH)"),
    PENSIONER("Hưởng lương hưu"),
    STUDENT("Học sinh, sinh viên"),
    /** Farmers and other members without a salary: a flat amount in rural communes. */
    OTHER("Đảng viên khác");

    private final String label;

    FeeCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the fee is a share of a salary or pension the clerk must record. */
    public boolean needsBaseAmount() {
        return this == SALARIED || this == PENSIONER;
    }

    @Override
    public String toString() {
        return label;
    }
}
