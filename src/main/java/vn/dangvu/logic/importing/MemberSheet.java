package vn.dangvu.logic.importing;

import java.util.List;

/** The columns of sheet "Đảng viên" (DOMAIN.md appendix A); * marks the required ones. */
final class MemberSheet {

    static final String NAME = "Đảng viên";

    static final Column NUMBER = Column.optional("STT", "Số thứ tự", "TT");
    static final Column FULL_NAME = Column.required("Họ và tên", "Họ tên", "Họ và tên đảng viên",
            "Họ tên đang dùng");
    static final Column BIRTH_DATE = Column.required("Ngày sinh", "Ngày tháng năm sinh", "Sinh ngày");
    static final Column SEX = Column.required("Giới tính");
    static final Column ETHNICITY = Column.optional("Dân tộc");
    static final Column RELIGION = Column.optional("Tôn giáo");
    static final Column HOME_TOWN = Column.optional("Quê quán");
    static final Column PERMANENT_ADDRESS = Column.optional("Nơi thường trú", "Thường trú", "Địa chỉ thường trú");
    static final Column CITIZEN_ID = Column.optional("Số CCCD", "CCCD", "Số căn cước công dân", "Số căn cước",
            "Số CMND/CCCD", "Số định danh cá nhân");
    static final Column CARD_NUMBER = Column.optional("Số thẻ đảng viên", "Số thẻ đảng", "Số thẻ", "Số thẻ ĐV");
    static final Column PROFILE_NUMBER = Column.optional("Số lý lịch", "Số lý lịch đảng viên", "Số LL");
    static final Column BRANCH = Column.required("Chi bộ", "Tên chi bộ", "Sinh hoạt tại chi bộ");
    static final Column ADMITTED = Column.required("Ngày vào Đảng", "Ngày kết nạp", "Ngày kết nạp Đảng");
    static final Column ADMISSION_DECISION = Column.optional("Ngày quyết định kết nạp", "Ngày QĐ kết nạp");
    static final Column OFFICIAL = Column.optional("Ngày chính thức", "Ngày công nhận chính thức");
    static final Column GENERAL_EDUCATION = Column.optional("Giáo dục phổ thông", "GDPT", "Trình độ giáo dục phổ thông");
    static final Column PROFESSIONAL_LEVEL = Column.optional("Chuyên môn", "Trình độ chuyên môn",
            "Chuyên môn nghiệp vụ");
    static final Column POLITICAL_THEORY = Column.optional("Lý luận chính trị", "LLCT", "Trình độ lý luận chính trị");
    static final Column OCCUPATION = Column.optional("Nghề nghiệp");
    static final Column TRANSFERRED_IN = Column.optional("Ngày chuyển đến");
    static final Column TRANSFERRED_FROM = Column.optional("Chuyển đến từ", "Nơi chuyển đến");
    static final Column TRANSFERRED_OUT = Column.optional("Ngày chuyển đi");
    static final Column TRANSFERRED_TO = Column.optional("Chuyển đi đến", "Nơi chuyển đi");
    static final Column EXEMPTED = Column.optional("Ngày miễn sinh hoạt", "Ngày miễn sinh hoạt đảng",
            "Ngày miễn công tác và sinh hoạt đảng");
    static final Column DIED = Column.optional("Ngày từ trần", "Ngày mất");
    static final Column LEFT = Column.optional("Ngày ra khỏi Đảng");
    static final Column LEFT_HOW = Column.optional("Hình thức ra khỏi Đảng", "Hình thức");
    static final Column NOTE = Column.optional("Ghi chú");

    static final List<Column> COLUMNS = List.of(NUMBER, FULL_NAME, BIRTH_DATE, SEX, ETHNICITY, RELIGION, HOME_TOWN,
            PERMANENT_ADDRESS, CITIZEN_ID, CARD_NUMBER, PROFILE_NUMBER, BRANCH, ADMITTED, ADMISSION_DECISION, OFFICIAL,
            GENERAL_EDUCATION, PROFESSIONAL_LEVEL, POLITICAL_THEORY, OCCUPATION, TRANSFERRED_IN, TRANSFERRED_FROM,
            TRANSFERRED_OUT, TRANSFERRED_TO, EXEMPTED, DIED, LEFT, LEFT_HOW, NOTE);

    private MemberSheet() {
    }
}
