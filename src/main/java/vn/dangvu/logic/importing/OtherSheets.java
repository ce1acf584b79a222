package vn.dangvu.logic.importing;

import java.util.List;

/** The columns of the optional sheets "Xếp loại", "Xếp loại chi bộ" and "Chi bộ". */
final class OtherSheets {

    static final String RATINGS = "Xếp loại";
    static final Column RATED_NAME = Column.optional("Họ và tên", "Họ tên");
    static final Column RATED_BIRTH = Column.optional("Ngày sinh", "Ngày tháng năm sinh");
    static final Column RATED_CARD = Column.optional("Số thẻ đảng viên", "Số thẻ đảng", "Số thẻ");
    static final Column YEAR = Column.required("Năm", "Năm xếp loại", "Năm đánh giá");
    static final Column GRADE = Column.required("Xếp loại", "Kết quả xếp loại", "Mức xếp loại");
    static final Column SCORE = Column.optional("Điểm", "Tổng điểm");
    static final Column RATING_NOTE = Column.optional("Ghi chú");
    static final List<Column> RATING_COLUMNS = List.of(MemberSheet.NUMBER, RATED_NAME, RATED_BIRTH, RATED_CARD, YEAR,
            GRADE, SCORE, RATING_NOTE);

    static final String BRANCH_RATINGS = "Xếp loại chi bộ";
    static final Column RATED_BRANCH = Column.required("Chi bộ", "Tên chi bộ");
    static final List<Column> BRANCH_RATING_COLUMNS = List.of(MemberSheet.NUMBER, RATED_BRANCH, YEAR, GRADE,
            RATING_NOTE);

    static final String BRANCHES = "Chi bộ";
    static final Column BRANCH_NAME = Column.required("Tên chi bộ", "Chi bộ");
    static final Column BRANCH_KIND = Column.optional("Loại", "Loại chi bộ");
    static final Column FOUNDED = Column.optional("Ngày thành lập");
    static final Column BRANCH_NOTE = Column.optional("Ghi chú");
    static final List<Column> BRANCH_COLUMNS = List.of(MemberSheet.NUMBER, BRANCH_NAME, BRANCH_KIND, FOUNDED,
            BRANCH_NOTE);

    private OtherSheets() {
    }
}
