package vn.dangvu.model.admission;

/**
 * The steps of an admission dossier, from the political class to the ceremony, in the order
 * they usually happen (QĐ24, HD 12-HD/BTCTW; DOMAIN.md §5). Each step is done on a date and may
 * carry a number, an issuing body (or organisation), an introducer and a note.
 */
public enum AdmissionStep {
    CLASS_CERTIFICATE("Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng", "Ngày cấp"),
    APPLICATION("Đơn xin vào Đảng", "Ngày viết đơn"),
    BIOGRAPHY("Lý lịch của người xin vào Đảng (Mẫu 2-KNĐ)", "Ngày khai"),
    BIOGRAPHY_VERIFIED("Thẩm tra lý lịch", "Ngày kết luận"),
    UNION_INTRODUCTION("Giới thiệu của Đoàn TNCS Hồ Chí Minh hoặc Công đoàn", "Ngày nghị quyết"),
    FIRST_INTRODUCER("Đảng viên giới thiệu thứ nhất", "Ngày giới thiệu"),
    SECOND_INTRODUCER("Đảng viên giới thiệu thứ hai", "Ngày giới thiệu"),
    MASS_ORGANISATION_COMMENTS("Nhận xét của đoàn thể chính trị - xã hội", "Ngày nhận xét"),
    RESIDENCE_COMMENTS("Nhận xét của chi ủy nơi cư trú", "Ngày nhận xét"),
    BRANCH_RESOLUTION("Nghị quyết chi bộ đề nghị kết nạp", "Ngày nghị quyết"),
    COMMITTEE_RESOLUTION("Nghị quyết của đảng ủy cơ sở", "Ngày nghị quyết"),
    DECISION("Quyết định kết nạp", "Ngày quyết định"),
    CEREMONY("Lễ kết nạp", "Ngày tổ chức");

    private final String label;
    private final String dateLabel;

    AdmissionStep(String label, String dateLabel) {
        this.label = label;
        this.dateLabel = dateLabel;
    }

    public String label() {
        return label;
    }

    public String dateLabel() {
        return dateLabel;
    }

    public boolean isIntroducer() {
        return this == FIRST_INTRODUCER || this == SECOND_INTRODUCER;
    }

    /** An introduction in the sense of the 12-month rule (the two members, or the union). */
    public boolean isIntroduction() {
        return isIntroducer() || this == UNION_INTRODUCTION;
    }

    /** A comment on the candidate (mass organisation, residence branch). */
    public boolean isComment() {
        return this == MASS_ORGANISATION_COMMENTS || this == RESIDENCE_COMMENTS;
    }

    /** Introductions and comments: older than 12 months when the branch considers the candidate, they are redone (§5). */
    public boolean redoneAfterTwelveMonths() {
        return isIntroduction() || isComment();
    }

    /** Steps that record a document number: certificate, resolutions, decision. */
    public boolean hasNumber() {
        return this == CLASS_CERTIFICATE || this == BRANCH_RESOLUTION || this == COMMITTEE_RESOLUTION
                || this == DECISION;
    }

    /** Steps that name an issuing body or organisation. */
    public boolean hasIssuingBody() {
        return this == CLASS_CERTIFICATE || this == UNION_INTRODUCTION || this == DECISION;
    }

    @Override
    public String toString() {
        return label;
    }
}
