package vn.dangvu.logic.badge;

import static vn.dangvu.model.DateFormats.format;

import java.util.List;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.export.Orientation;
import vn.dangvu.logic.export.TableSheet;
import vn.dangvu.model.badge.BadgeCandidate;
import vn.dangvu.model.badge.BadgeRoundList;

/** Danh sách đề nghị tặng Huy hiệu Đảng: the proposed lines of a round, milestone by milestone. */
final class BadgeProposalSheet {

    private static final String[] HEADINGS = {"STT", "Họ và tên", "Chi bộ", "Mốc huy hiệu", "Ngày đủ tuổi đảng",
            "Cách tính tuổi đảng", "Diện đề nghị"};
    private static final double[] WIDTHS = {6, 26, 26, 10, 13, 40, 18};

    private BadgeProposalSheet() {
    }

    static void write(OfficialWorkbook book, BadgeRoundList list) {
        TableSheet sheet = book.addSheet("Đề nghị tặng huy hiệu", Orientation.LANDSCAPE, WIDTHS);
        sheet.title("DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG");
        sheet.subtitle("Đợt " + format(list.round()) + " (đủ tuổi đảng từ sau ngày " + format(list.previousRound())
                + " đến hết ngày " + format(list.round()) + ")");
        sheet.header(HEADINGS);
        List<BadgeCandidate> lines = list.proposal();
        int number = 0;
        Integer milestone = null;
        for (BadgeCandidate line : lines.stream().sorted(java.util.Comparator
                .comparing(BadgeCandidate::milestone, java.util.Comparator.reverseOrder())).toList()) {
            if (!Integer.valueOf(line.milestone()).equals(milestone)) {
                milestone = line.milestone();
                sheet.section("Huy hiệu " + milestone + " năm tuổi Đảng");
            }
            sheet.row().number(++number).text(line.name().full()).text(line.branch()).centred(line.milestone() + " năm")
                    .date(line.reachedOn()).text(line.partyAge()).text(line.kind().label());
        }
        sheet.subtitle("Tổng số: " + number + " đồng chí");
        sheet.signatures();
    }
}
