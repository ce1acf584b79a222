package vn.dangvu.model.fee;

/**
 * A recorded reason for not paying party fees. Which reasons a month allows comes from the fee
 * rules of that month; 50 years of party age is computed, not recorded.
 */
public enum FeeExemption {
    SOCIAL_PENSION("Hưởng trợ cấp hưu trí xã hội"),
    POOR_HOUSEHOLD("Hộ nghèo, hộ cận nghèo"),
    SERIOUS_ILLNESS("Ốm đau, bệnh hiểm nghèo"),
    /** QĐ 342: old, weak or in hardship without income, on the member's request, decided by the committee. */
    HARDSHIP("Tuổi cao, sức yếu, hoàn cảnh khó khăn");

    private final String label;

    FeeExemption(String label) {
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
