package vn.dangvu.logic.transfer;

import java.util.List;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.export.Orientation;
import vn.dangvu.logic.export.TableRow;
import vn.dangvu.logic.export.TableSheet;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.transfer.LetterLine;

/**
 * Sổ giới thiệu sinh hoạt đảng (Mẫu 10-SHĐ) of a year: one line per letter sent or received,
 * in the order of its number, with the columns DOMAIN.md §7 lists.
 */
public final class TransferRegisterSheet {

    static final String[] HEADINGS = {
            "Số TT",
            "Ngày gửi, ngày nhận",
            "Họ và tên, ngày sinh",
            "Ngày vào Đảng, ngày chính thức",
            "Số thẻ đảng viên",
            "Nơi gửi",
            "Nơi nhận",
            "Số giấy giới thiệu",
            "Chính thức, tạm thời",
            "Đi, đến",
            "Phạm vi",
            "Đã đóng đảng phí hết",
            "Ghi chú"};
    private static final double[] WIDTHS = {5, 10.5, 19, 11.5, 10, 24, 24, 9, 10, 6, 9.5, 10, 14};
    private static final int CARD_COLUMN = 4;

    private TransferRegisterSheet() {
    }

    public static void write(OfficialWorkbook book, int year, List<LetterLine> lines) {
        TableSheet sheet = book.addSheet("Mẫu 10-SHĐ " + year, Orientation.LANDSCAPE, WIDTHS);
        sheet.title("SỔ GIỚI THIỆU SINH HOẠT ĐẢNG");
        sheet.subtitle("(Mẫu 10-SHĐ) Năm " + year + ": " + NumberFormats.count(lines.size()) + " giấy giới thiệu");
        String[] numbers = new String[HEADINGS.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = String.valueOf(i + 1);
        }
        sheet.header(HEADINGS, numbers);
        for (LetterLine line : lines) {
            TableRow row = sheet.row().number(line.letter().number());
            String[] cells = cells(line);
            for (int c = 0; c < cells.length; c++) {
                if (c + 1 == CARD_COLUMN) {
                    row.code(cells[c]);
                } else {
                    row.text(cells[c]);
                }
            }
        }
        sheet.signatures();
    }

    /** Columns 2 to 13 of a line, in words. */
    static String[] cells(LetterLine line) {
        return new String[] {
                DateFormats.format(line.letter().letterDate()),
                line.name().full() + "\n" + DateFormats.format(line.birthDate()),
                DateFormats.format(line.admittedOn()) + (line.officialOn() == null ? "" : "\n"
                        + DateFormats.format(line.officialOn())),
                line.cardNumber(),
                line.from(),
                line.to(),
                line.letter().letterNumber(),
                line.kind().formLabel(),
                line.kind().directionLabel(),
                line.scopeLabel(),
                line.letter().feesPaidThroughText(),
                note(line)};
    }

    private static String note(LetterLine line) {
        if (line.letter().receiptConfirmedOn() != null) {
            return "Đã xác nhận tiếp nhận " + DateFormats.format(line.letter().receiptConfirmedOn());
        }
        return line.pending() ? "Chờ xác nhận tiếp nhận" : null;
    }
}
