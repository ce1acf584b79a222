package vn.dangvu.logic.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.dangvu.logic.importing.SpreadsheetMl.Inline;
import vn.dangvu.logic.importing.SpreadsheetMl.Number;

/**
 * The clerk's member list as tests use it: a title line, headers written as clerks write them,
 * every date format of appendix A, sex and grades in their variants, a numeric card number and
 * CCCD, a leading-zero card number as text, a branch that does not exist yet, and the three
 * optional sheets. With {@code invalidRows} three bad rows follow at rows 10, 11 and 12.
 */
public final class ClerkWorkbook {

    public static final String NA_PAN = "Chi bộ thôn Nà Pàn";

    /** Row numbers as Excel shows them. */
    public static final int AN = 3, BINH = 4, CUONG = 5, DUNG = 6, EM = 7, PHUC = 8, GIANG = 9;
    public static final int BIRTH_AFTER_ADMISSION = 10, NO_BRANCH = 11, BAD_DATE = 12;

    private boolean invalidRows;
    private String anNote = "Bí thư chi bộ";
    private String emDied;
    private String cuongOfficial = "19/05/1976";
    private String giangOfficial = "03/03/2004";

    public static ClerkWorkbook clean() {
        return new ClerkWorkbook();
    }

    public static ClerkWorkbook withErrors() {
        ClerkWorkbook book = new ClerkWorkbook();
        book.invalidRows = true;
        return book;
    }

    /** The same list a year later: An's note changed and Em's death recorded. */
    public ClerkWorkbook later() {
        anNote = "Nguyên bí thư chi bộ";
        emDied = "20/11/2023";
        return this;
    }

    /**
     * Cường and Giang with the recognition decision's date as Ngày chính thức, as old lists have
     * it: 02/07/1976 instead of 19/05/1976, 15/04/2004 instead of 03/03/2004.
     */
    public ClerkWorkbook withDecisionDatesAsOfficial() {
        cuongOfficial = "02/07/1976";
        giangOfficial = "15/04/2004";
        return this;
    }

    public Path write(Path file) throws IOException {
        SpreadsheetMl book = new SpreadsheetMl();
        SpreadsheetMl.Sheet members = book.sheet("Đảng viên");
        members.row("DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ HẢI YẾN");
        members.row("STT", "Họ  và   tên:", "NGAY SINH", "giới tính", "Dân tộc", "Tôn giáo", "Số CCCD",
                "Số thẻ đảng viên", "Chi bộ", "Ngày vào Đảng", "Ngày chính thức", "Lý luận chính trị",
                "Ngày chuyển đến", "Chuyển đến từ", "Ngày chuyển đi", "Chuyển đi đến", "Ngày miễn sinh hoạt",
                "Ngày từ trần", "Ngày ra khỏi Đảng", "Hình thức ra khỏi Đảng", "Ghi chú", "Số điện thoại");
        members.row(1, "Nguyễn Văn An", LocalDate.of(1980, 3, 5), "NAM", "Kinh", "Không", "001080012345",
                new Number(12345678), NA_PAN, "5/3/2005", "05/03/2006", "Trung cấp", null, null, null, null, null,
                null, null, null, anNote, "0912345678");
        members.row(2, new Inline("  Trần   Thị  Bình "), "12-07-1985", "nu", "Kinh", null, null, "00123456",
                "Chi bộ Trường Tiểu học", "2010-06-15", null, "sơ cấp");
        members.row(3, "Lê Văn Cường", "1/2/1950", "Nam", "Tày", "Phật giáo", new Number(1050001234L), null, NA_PAN,
                "19/05/1975", cuongOfficial, "Cao cấp", null, null, null, null, null, "03/02/2020");
        members.row(4, "Phạm Thị Dung", LocalDate.of(1990, 1, 1), "Nữ", null, null, null, "87654321",
                "chi bo thon na pan", "01/06/2015", "01/06/2016", null, "10/10/2018", "Đảng bộ phường 10, quận 5");
        members.row(5, "Hoàng Văn Em", "20/10/1955", "nam", null, null, null, null, NA_PAN, "02/09/1985", "02/09/1986",
                null, null, null, null, null, "01/01/2015", emDied);
        members.row(6, "Vũ Văn Phúc", "15/04/1978", "Nam", null, null, null, null, NA_PAN, "01/02/2000", "01/02/2001",
                null, null, null, null, null, null, null, "15/08/2012", "Xóa tên");
        members.row(7, "Đỗ Thị Giang", "30/04/1975", "Nữ", null, null, null, "11223344", NA_PAN, "03/03/2003",
                giangOfficial, null, null, null, "01/09/2021", "Đảng bộ xã Hải Lạng");
        if (invalidRows) {
            members.row(8, "Ngô Văn Hùng", "01/01/2000", "Nam", null, null, null, null, NA_PAN, "01/01/1995");
            members.row(9, "Bùi Thị Lan", "01/01/1990", "Nữ", null, null, null, null, null, "01/01/2015");
            members.row(10, "Đặng Văn Minh", "31/02/2001", "Nam", null, null, null, null, NA_PAN, "01/01/2022");
        }
        book.sheet("Xếp loại")
                .row("Họ và tên", "Ngày sinh", "Số thẻ đảng viên", "Năm", "Xếp loại", "Điểm")
                .row("Nguyễn Văn An", "05/03/1980", null, 2023, "HTXSNV", 95)
                .row(null, null, "00123456", 2023, "Tốt")
                .row("Nguyễn Văn An", LocalDate.of(1980, 3, 5), null, 2022, "hoàn thành tốt nhiệm vụ");
        book.sheet("Xếp loại chi bộ")
                .row("Chi bộ", "Năm", "Xếp loại")
                .row(NA_PAN, 2023, "Hoàn thành xuất sắc nhiệm vụ")
                .row("Chi bộ Công an xã", 2023, "HTTNV");
        book.sheet("Chi bộ")
                .row("Tên chi bộ", "Loại", "Ngày thành lập", "Ghi chú")
                .row("Chi bộ Công an xã", "Công an", "01/01/2000")
                .row(NA_PAN, "Thôn", null, "Thôn lớn nhất xã");
        return book.write(file);
    }
}
