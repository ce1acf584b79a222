package vn.dangvu.model.probation;

/**
 * The documents of a probation dossier (hồ sơ xét công nhận đảng viên chính thức, HD 12-HD/BTCTW
 * 3.5), in the order they usually come. The recognition decision itself is the event.
 */
public enum ProbationStep {
    NEW_MEMBER_CLASS("Giấy chứng nhận lớp bồi dưỡng lý luận chính trị cho đảng viên mới", "Ngày cấp", true),
    SELF_REVIEW("Bản tự kiểm điểm của đảng viên dự bị", "Ngày viết", false),
    MENTOR_REPORT("Bản nhận xét của đảng viên được phân công giúp đỡ", "Ngày nhận xét", false),
    ORGANISATION_COMMENTS("Nhận xét của đoàn thể nơi làm việc và chi ủy nơi cư trú", "Ngày nhận xét", false),
    BRANCH_RESOLUTION("Nghị quyết chi bộ đề nghị công nhận chính thức", "Ngày nghị quyết", true),
    COMMITTEE_RESOLUTION("Nghị quyết của đảng ủy cơ sở", "Ngày nghị quyết", true);

    private final String label;
    private final String dateLabel;
    private final boolean numbered;

    ProbationStep(String label, String dateLabel, boolean numbered) {
        this.label = label;
        this.dateLabel = dateLabel;
        this.numbered = numbered;
    }

    public String label() {
        return label;
    }

    public String dateLabel() {
        return dateLabel;
    }

    /** Whether the document carries a number (certificate, resolutions). */
    public boolean numbered() {
        return numbered;
    }

    @Override
    public String toString() {
        return label;
    }
}
