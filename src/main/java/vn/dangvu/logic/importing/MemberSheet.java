package vn.dangvu.logic.importing;

import java.util.List;

/** The columns of sheet "Đảng viên" (DOMAIN.md appendix A); * marks the required ones. */
final class MemberSheet {

    static final String NAME = "Đảng viên";

    static final ImportColumn NUMBER = ImportColumn.optional("STT", "Số thứ tự", "TT");
    static final ImportColumn FULL_NAME = ImportColumn.required("Họ và tên", "Họ tên", "Họ và tên đảng viên",
            "Họ tên đang dùng");
    static final ImportColumn BIRTH_DATE = ImportColumn.required("Ngày sinh", "Ngày tháng năm sinh", "Sinh ngày");
    static final ImportColumn SEX = ImportColumn.required("Giới tính");
    static final ImportColumn ETHNICITY = ImportColumn.optional("Dân tộc");
    static final ImportColumn RELIGION = ImportColumn.optional("Tôn giáo");
    static final ImportColumn HOME_TOWN = ImportColumn.optional("Quê quán");
    static final ImportColumn PERMANENT_ADDRESS = ImportColumn.optional("Nơi thường trú", "Thường trú", "Địa chỉ thường trú");
    static final ImportColumn CITIZEN_ID = ImportColumn.optional("Số CCCD", "CCCD", "Số căn cước công dân", "Số căn cước",
            "Số CMND/CCCD", "Số định danh cá nhân");
    static final ImportColumn CARD_NUMBER = ImportColumn.optional("Số thẻ đảng viên", "Số thẻ đảng", "Số thẻ", "Số thẻ ĐV");
    static final ImportColumn PROFILE_NUMBER = ImportColumn.optional("Số lý lịch", "Số lý lịch đảng viên", "Số LL");
    static final ImportColumn BRANCH = ImportColumn.required("Chi bộ", "Tên chi bộ", "Sinh hoạt tại chi bộ");
    static final ImportColumn ADMITTED = ImportColumn.required("Ngày vào Đảng", "Ngày kết nạp", "Ngày kết nạp Đảng");
    static final ImportColumn ADMISSION_DECISION = ImportColumn.optional("Ngày quyết định kết nạp", "Ngày QĐ kết nạp");
    static final ImportColumn OFFICIAL = ImportColumn.optional("Ngày chính thức", "Ngày công nhận chính thức");
    static final ImportColumn GENERAL_EDUCATION = ImportColumn.optional("Giáo dục phổ thông", "GDPT", "Trình độ giáo dục phổ thông");
    static final ImportColumn PROFESSIONAL_LEVEL = ImportColumn.optional("Chuyên môn", "Trình độ chuyên môn",
            "Chuyên môn nghiệp vụ");
    static final ImportColumn POLITICAL_THEORY = ImportColumn.optional("Lý luận chính trị", "LLCT", "Trình độ lý luận chính trị");
    static final ImportColumn OCCUPATION = ImportColumn.optional("Nghề nghiệp");
    static final ImportColumn TRANSFERRED_IN = ImportColumn.optional("Ngày chuyển đến");
    static final ImportColumn TRANSFERRED_FROM = ImportColumn.optional("Chuyển đến từ", "Nơi chuyển đến");
    static final ImportColumn TRANSFERRED_OUT = ImportColumn.optional("Ngày chuyển đi");
    static final ImportColumn TRANSFERRED_TO = ImportColumn.optional("Chuyển đi đến", "Nơi chuyển đi");
    static final ImportColumn EXEMPTED = ImportColumn.optional("Ngày miễn sinh hoạt", "Ngày miễn sinh hoạt đảng",
            "Ngày miễn công tác và sinh hoạt đảng");
    static final ImportColumn DIED = ImportColumn.optional("Ngày từ trần", "Ngày mất");
    static final ImportColumn LEFT = ImportColumn.optional("Ngày ra khỏi Đảng");
    static final ImportColumn LEFT_HOW = ImportColumn.optional("Hình thức ra khỏi Đảng", "Hình thức");
    static final ImportColumn NOTE = ImportColumn.optional("Ghi chú");

    static final List<ImportColumn> COLUMNS = List.of(NUMBER, FULL_NAME, BIRTH_DATE, SEX, ETHNICITY, RELIGION, HOME_TOWN,
            PERMANENT_ADDRESS, CITIZEN_ID, CARD_NUMBER, PROFILE_NUMBER, BRANCH, ADMITTED, ADMISSION_DECISION, OFFICIAL,
            GENERAL_EDUCATION, PROFESSIONAL_LEVEL, POLITICAL_THEORY, OCCUPATION, TRANSFERRED_IN, TRANSFERRED_FROM,
            TRANSFERRED_OUT, TRANSFERRED_TO, EXEMPTED, DIED, LEFT, LEFT_HOW, NOTE);

    private MemberSheet() {
    }
}
