package vn.dangvu.logic.importing;

import java.util.List;

/** The columns of the optional sheets "Xếp loại", "Xếp loại chi bộ" and "Chi bộ". */
final class OtherSheets {

    static final String RATINGS = "Xếp loại";
    static final ImportColumn RATED_NAME = ImportColumn.optional("Họ và tên", "Họ tên");
    static final ImportColumn RATED_BIRTH = ImportColumn.optional("Ngày sinh", "Ngày tháng năm sinh");
    static final ImportColumn RATED_CARD = ImportColumn.optional("Số thẻ đảng viên", "Số thẻ đảng", "Số thẻ");
    static final ImportColumn YEAR = ImportColumn.required("Năm", "Năm xếp loại", "Năm đánh giá");
    static final ImportColumn GRADE = ImportColumn.required("Xếp loại", "Kết quả xếp loại", "Mức xếp loại");
    static final ImportColumn SCORE = ImportColumn.optional("Điểm", "Tổng điểm");
    static final ImportColumn RATING_NOTE = ImportColumn.optional("Ghi chú");
    static final List<ImportColumn> RATING_COLUMNS = List.of(MemberSheet.NUMBER, RATED_NAME, RATED_BIRTH, RATED_CARD, YEAR,
            GRADE, SCORE, RATING_NOTE);

    static final String BRANCH_RATINGS = "Xếp loại chi bộ";
    static final ImportColumn RATED_BRANCH = ImportColumn.required("Chi bộ", "Tên chi bộ");
    static final List<ImportColumn> BRANCH_RATING_COLUMNS = List.of(MemberSheet.NUMBER, RATED_BRANCH, YEAR, GRADE,
            RATING_NOTE);

    static final String BRANCHES = "Chi bộ";
    static final ImportColumn BRANCH_NAME = ImportColumn.required("Tên chi bộ", "Chi bộ");
    static final ImportColumn BRANCH_KIND = ImportColumn.optional("Loại", "Loại chi bộ");
    static final ImportColumn FOUNDED = ImportColumn.optional("Ngày thành lập");
    static final ImportColumn BRANCH_NOTE = ImportColumn.optional("Ghi chú");
    static final List<ImportColumn> BRANCH_COLUMNS = List.of(MemberSheet.NUMBER, BRANCH_NAME, BRANCH_KIND, FOUNDED,
            BRANCH_NOTE);

    private OtherSheets() {
    }
}
