package vn.dangvu.logic.paper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.export.Orientation;
import vn.dangvu.logic.export.TableSheet;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.paper.MemberMissingPapers;
import vn.dangvu.model.paper.PaperType;

/** Danh sách hồ sơ đảng viên còn thiếu giấy tờ: the lines of the screen and of missing-papers, branch by branch. */
final class MissingPapersSheet {

    private static final String[] HEADINGS = {"STT", "Họ và tên", "Chi bộ", "Giấy tờ còn thiếu"};
    private static final double[] WIDTHS = {6, 24, 22, 58};

    private MissingPapersSheet() {
    }

    /** @param scope the branch's name, or null for every branch */
    static void write(OfficialWorkbook book, String scope, List<MemberMissingPapers> lines) {
        TableSheet sheet = book.addSheet("Hồ sơ còn thiếu", Orientation.PORTRAIT, WIDTHS);
        sheet.title("DANH SÁCH HỒ SƠ ĐẢNG VIÊN CÒN THIẾU GIẤY TỜ");
        sheet.subtitle(scope == null ? "Toàn Đảng bộ" : scope);
        sheet.header(HEADINGS);
        int number = 0;
        String branch = null;
        for (MemberMissingPapers line : lines.stream()
                .sorted(Comparator.comparing(MemberMissingPapers::branch, NameOrder.withNumbers())).toList()) {
            if (scope == null && !line.branch().equals(branch)) {
                branch = line.branch();
                sheet.section(branch.isEmpty() ? "Chưa thuộc chi bộ nào" : branch);
            }
            sheet.row().number(++number).text(line.name().full()).text(line.branch())
                    .text(line.missing().stream().map(PaperType::name).collect(Collectors.joining("; ")));
        }
        sheet.subtitle("Tổng số: " + number + " đồng chí");
        sheet.signatures();
    }
}
