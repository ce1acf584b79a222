package vn.dangvu.logic.rating;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.export.Orientation;
import vn.dangvu.logic.export.TableRow;
import vn.dangvu.logic.export.TableSheet;
import vn.dangvu.model.Committee;
import vn.dangvu.model.rating.DistributionTable;
import vn.dangvu.model.rating.GradeCounts;
import vn.dangvu.model.rating.RatingDistribution;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.rating.RatingRegime;
import vn.dangvu.model.rating.RatingRegimes;

/**
 * The rating distribution as the workbook handed in (seed 002 §10–11): members of the
 * committee, members per branch, branches. Counts come from the report model; totals and
 * percentages are Excel formulas over them, with a bar chart of the years (a pie for one year).
 */
final class RatingWorkbook {

    /** Columns: year, 4 counts, rated, 4 shares, good or better and its share. */
    private static final int YEAR = 0;
    private static final int FIRST_COUNT = 1;
    private static final int RATED = 5;
    private static final int FIRST_SHARE = 6;
    private static final int GOOD_OR_BETTER = 10;
    private static final int GOOD_SHARE = 11;
    private static final RatingGrade[] GRADES = RatingGrade.values();

    private final Committee committee;
    private final LocalDate made;
    private final RatingRegimes regimes;

    RatingWorkbook(Committee committee, LocalDate made, RatingRegimes regimes) {
        this.committee = committee;
        this.made = made;
        this.regimes = regimes;
    }

    void write(RatingDistribution distribution, Path file) {
        try (OfficialWorkbook book = new OfficialWorkbook(committee, made)) {
            String years = distribution.fromYear() == distribution.toYear() ? "Năm " + distribution.fromYear()
                    : "Từ năm " + distribution.fromYear() + " đến năm " + distribution.toYear();
            table(book, "Đảng viên", "ĐẢNG VIÊN", years, distribution.members(), distribution.toYear(), true);
            TableSheet perBranch = book.addSheet("Đảng viên theo chi bộ", Orientation.LANDSCAPE, widths());
            perBranch.title("KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN THEO CHI BỘ").subtitle(years);
            perBranch.header(header(distribution.toYear(), false));
            for (DistributionTable branch : distribution.membersByBranch()) {
                perBranch.section(branch.scope());
                for (GradeCounts year : branch.years()) {
                    yearRow(perBranch, year);
                }
            }
            perBranch.signatures();
            table(book, "Tổ chức đảng", "TỔ CHỨC ĐẢNG", years, distribution.branches(), distribution.toYear(), false);
            book.save(file);
        }
    }

    /** The year column holds "Tổng (lượt)" on one line. */
    private static double[] widths() {
        return new double[] {12, 13, 13, 13, 13, 12, 10, 10, 10, 10, 13, 10};
    }

    /**
     * A table on its sheet, then its charts on a sheet of their own: printed, a chart is never
     * cut by a page end nor covered by the table's header repeated at the top of the next page.
     */
    private void table(OfficialWorkbook book, String name, String what, String years, DistributionTable table,
                       int lastYear, boolean members) {
        TableSheet sheet = book.addSheet(name, Orientation.LANDSCAPE, widths());
        sheet.title("KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG " + what).subtitle(table.scope() + " — " + years);
        sheet.header(header(lastYear, !members));
        List<TableRow> rows = new ArrayList<>();
        for (GradeCounts year : table.years()) {
            rows.add(yearRow(sheet, year));
        }
        TableRow total = sheet.totalRow("Tổng (lượt)", 1, 2, 3, 4);
        ratedAndShares(total.at(RATED), table.total());
        oldLabels(sheet, table, lastYear, members);
        sheet.signatures();
        TableSheet charts = book.addSheet("Biểu đồ " + what.toLowerCase(Locale.ROOT), Orientation.LANDSCAPE, widths());
        charts.title("BIỂU ĐỒ XẾP LOẠI CHẤT LƯỢNG " + what).subtitle(table.scope() + " — " + years).chartsOf(sheet);
        charts(charts, table, rows, lastYear, members);
    }

    /** Years rated under an older regime are counted by rank; their own names are listed under the table. */
    private void oldLabels(TableSheet sheet, DistributionTable table, int lastYear, boolean members) {
        RatingRegime current = regimes.forYear(lastYear);
        List<String> notes = new ArrayList<>();
        for (GradeCounts year : table.years()) {
            RatingRegime regime = regimes.forYear(year.year());
            List<String> labels = members ? regime.memberLabels() : regime.organisationLabels();
            List<String> now = members ? current.memberLabels() : current.organisationLabels();
            String note = "Năm " + year.year() + " xếp loại theo " + regime.basis() + ": " + String.join("; ", labels) + ".";
            if (!labels.equals(now) && !notes.contains(note)) {
                notes.add(note);
            }
        }
        for (String note : notes) {
            sheet.subtitle(note);
        }
    }

    private String[][] header(int lastYear, boolean organisations) {
        RatingRegime regime = regimes.forYear(lastYear);
        String l = TableSheet.SPAN_LEFT;
        String u = TableSheet.SPAN_UP;
        String[] first = {"Năm", "Số lượng theo mức xếp loại", l, l, l, "Tổng số được xếp loại",
            "Tỷ lệ % so với tổng số được xếp loại", l, l, l, "Hoàn thành tốt nhiệm vụ trở lên", l};
        String[] second = new String[first.length];
        second[YEAR] = u;
        second[RATED] = u;
        for (RatingGrade grade : GRADES) {
            String label = organisations ? regime.organisationLabel(grade) : regime.memberLabel(grade);
            second[FIRST_COUNT + grade.ordinal()] = label;
            second[FIRST_SHARE + grade.ordinal()] = label;
        }
        second[GOOD_OR_BETTER] = "Số lượng";
        second[GOOD_SHARE] = "%";
        return new String[][] {first, second};
    }

    private static TableRow yearRow(TableSheet sheet, GradeCounts year) {
        TableRow row = sheet.row().centred(String.valueOf(year.year()));
        for (RatingGrade grade : GRADES) {
            row.number(year.count(grade));
        }
        ratedAndShares(row, year);
        return row;
    }

    /** The number rated (the sum of the row's counts) and the shares, from the RATED column on. */
    private static void ratedAndShares(TableRow row, GradeCounts year) {
        row.formula("SUM(" + row.reference(FIRST_COUNT) + ":" + row.reference(FIRST_COUNT + GRADES.length - 1) + ")",
                year.rated());
        shares(row, year);
    }

    /** Shares as formulas over the row's own counts, with the value they compute to. */
    private static void shares(TableRow row, GradeCounts year) {
        String rated = row.reference(RATED);
        row.at(FIRST_SHARE);
        for (RatingGrade grade : GRADES) {
            row.percentFormula("IF(" + rated + "=0,0," + row.reference(FIRST_COUNT + grade.ordinal()) + "/" + rated + ")",
                    fraction(year.count(grade), year.rated()));
        }
        row.at(GOOD_OR_BETTER);
        String good = row.reference(FIRST_COUNT) + "+" + row.reference(FIRST_COUNT + 1);
        row.formula(good, year.goodOrBetter());
        row.percentFormula("IF(" + rated + "=0,0," + row.reference(GOOD_OR_BETTER) + "/" + rated + ")",
                fraction(year.goodOrBetter(), year.rated()));
    }

    private void charts(TableSheet sheet, DistributionTable table, List<TableRow> rows, int lastYear, boolean members) {
        RatingRegime regime = regimes.forYear(lastYear);
        String[] labels = new String[GRADES.length];
        for (RatingGrade grade : GRADES) {
            labels[grade.ordinal()] = members ? regime.memberLabel(grade) : regime.organisationLabel(grade);
        }
        String what = members ? "đảng viên" : "tổ chức đảng";
        if (rows.size() == 1) {
            sheet.sideBySide(0, RATED + 1, sheet.columnCount()); // the pie on the left, the bars beside it
            GradeCounts year = table.years().get(0);
            Double[] values = new Double[GRADES.length];
            for (RatingGrade grade : GRADES) {
                values[grade.ordinal()] = (double) year.count(grade);
            }
            int row = rows.get(0).rowIndex();
            sheet.pieChart("Tỷ lệ xếp loại " + what + " năm " + year.year(), row - 1, row, FIRST_COUNT,
                    FIRST_COUNT + GRADES.length - 1, labels, values);
        }
        String[] years = table.years().stream().map(y -> String.valueOf(y.year())).toArray(String[]::new);
        int[] columns = new int[GRADES.length];
        Double[][] values = new Double[GRADES.length][];
        for (RatingGrade grade : GRADES) {
            columns[grade.ordinal()] = FIRST_COUNT + grade.ordinal();
            values[grade.ordinal()] = table.years().stream().map(y -> (double) y.count(grade)).toArray(Double[]::new);
        }
        String span = rows.size() == 1 ? " năm " + table.years().get(0).year() : " qua các năm";
        sheet.columnChart("Xếp loại " + what + span, rows.get(0).rowIndex(),
                rows.get(rows.size() - 1).rowIndex(), YEAR, years, columns, labels, values);
    }

    private static double fraction(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
