package vn.dangvu.model.due;

/** The kinds of "việc cần làm" (due items), with the key the command line prints. */
public enum DueKind {
    DECISION_DUE("decisionDue", "Ra quyết định kết nạp"),
    CEREMONY_DUE("ceremonyDue", "Tổ chức lễ kết nạp"),
    PROBATION_ENDS("probationEnds", "Hết 12 tháng dự bị"),
    RECOGNITION_DUE("recognitionDue", "Xét công nhận đảng viên chính thức"),
    /** The committee decides within 30 working days of the branch's resolution proposing recognition. */
    RECOGNITION_DECISION_DUE("recognitionDecisionDue", "Ra quyết định công nhận đảng viên chính thức"),
    CERTIFICATE_EXPIRES("certificateExpires", "Giấy chứng nhận lớp bồi dưỡng hết hạn"),
    /** The oldest introduction or comment is older than 12 months: they are redone before the branch considers. */
    INTRODUCTION_EXPIRED("introductionExpired", "Giới thiệu, nhận xét đã quá 12 tháng"),
    /** An official transfer letter not yet confirmed as presented at the destination (30 working days). */
    TRANSFER_LETTER_PRESENTED("transferLetterPresented", "Xác nhận đảng viên đã nộp giấy giới thiệu"),
    /** A member who should have started an official transfer (60 working days). */
    TRANSFER_START("transferStart", "Làm thủ tục chuyển sinh hoạt đảng chính thức");

    private final String key;
    private final String label;

    DueKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The JSON key: "recognitionDue". */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Items about a member on probation (the others are about candidates). */
    public boolean aboutProbation() {
        return this == PROBATION_ENDS || this == RECOGNITION_DUE || this == RECOGNITION_DECISION_DUE;
    }

    @Override
    public String toString() {
        return label;
    }
}
