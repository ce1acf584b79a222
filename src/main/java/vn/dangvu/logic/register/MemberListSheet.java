package vn.dangvu.logic.register;

import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.export.Orientation;
import vn.dangvu.logic.export.TableSheet;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;

/** Danh sách đảng viên: the register's visible columns, one line per person shown. */
final class MemberListSheet {

    private static final String[] HEADINGS = {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ",
            "Ngày vào Đảng", "Ngày chính thức", "Trạng thái"};
    private static final double[] WIDTHS = {6, 24, 12, 8, 30, 12, 12, 18};

    private MemberListSheet() {
    }

    static void write(OfficialWorkbook book, MemberList list) {
        TableSheet sheet = book.addSheet("Danh sách đảng viên", Orientation.LANDSCAPE, WIDTHS);
        sheet.title("DANH SÁCH ĐẢNG VIÊN");
        sheet.subtitle("Danh sách đảng viên đến ngày " + DateFormats.format(list.asOf()) + ": "
                + NumberFormats.count(list.rows().size()) + " người");
        if (!list.filters().isEmpty()) {
            sheet.subtitle(list.filters());
        }
        sheet.header(HEADINGS);
        int number = 0;
        for (MemberListRow row : list.rows()) {
            sheet.row().number(++number).text(row.fullName()).date(row.birthDate()).centred(row.sex())
                    .text(row.branch()).date(row.admissionDate()).date(row.officialDate()).text(row.status());
        }
        sheet.signatures();
    }
}
