package vn.dangvu.logic.fee;

import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.export.Orientation;
import vn.dangvu.logic.export.TableSheet;
import vn.dangvu.model.fee.FeeReport;
import vn.dangvu.model.fee.FeeReportRow;

/** Báo cáo thu, nộp đảng phí of a month or quarter, branch by branch, amounts in đồng. */
public final class FeeReportSheet {

    private static final String UP = TableSheet.SPAN_UP;
    private static final String LEFT = TableSheet.SPAN_LEFT;
    private static final double[] WIDTHS = {5, 30, 9, 9, 9, 13, 13, 12, 13, 12};

    private FeeReportSheet() {
    }

    public static void write(OfficialWorkbook book, FeeReport report) {
        TableSheet sheet = book.addSheet("Đảng phí", Orientation.LANDSCAPE, WIDTHS);
        sheet.title("BÁO CÁO THU, NỘP ĐẢNG PHÍ");
        sheet.subtitle(capitalised(report.periodLabel()) + " (đơn vị tính: đồng)");
        sheet.header(
                new String[] {"Số TT", "Chi bộ", "Số đảng viên", LEFT, LEFT, "Số tiền đảng phí", LEFT, LEFT,
                        "Phân phối", LEFT},
                new String[] {UP, UP, "Phải đóng", "Đã đóng đủ", "Còn nợ", "Phải thu", "Đã thu", "Còn nợ",
                        "Trích giữ lại", "Nộp cấp trên"},
                new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"});
        int number = 1;
        for (FeeReportRow row : report.rows()) {
            sheet.row().number(number++).text(row.branch()).number(row.payers()).number(row.paidInFull())
                    .number(row.inArrears()).number(row.due()).number(row.collected()).number(row.arrears())
                    .number(row.retained()).number(row.forwarded());
        }
        sheet.totalRow("Tổng cộng", 2, 3, 4, 5, 6, 7, 8, 9);
        sheet.signatures();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
