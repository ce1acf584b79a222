package vn.dangvu.logic.stats;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.export.Orientation;
import vn.dangvu.logic.export.TableRow;
import vn.dangvu.logic.export.TableSheet;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.register.RegisterRow;
import vn.dangvu.model.stats.BranchLine;
import vn.dangvu.model.stats.ChangeLine;
import vn.dangvu.model.stats.Figure;
import vn.dangvu.model.stats.FigurePeople;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;
import vn.dangvu.model.stats.StatisticsRow;
import vn.dangvu.model.stats.StatisticsTable;
import vn.dangvu.model.stats.StatisticsTables;

/**
 * The period statistics as the workbook handed in: one sheet per table in the official layout
 * (heading, date line, signature blocks), totals and percentages as Excel formulas, a chart of
 * the age bands, and a sheet naming the people behind the figures. Every number comes from the
 * report model; nothing is counted here.
 */
final class StatisticsWorkbook {

    /** Above this many listed lines the people sheet keeps to the flows of Biểu 1 (Excel stops at 1,048,576 rows). */
    static final int LISTED_LINES_LIMIT = 200_000;
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final Database database;
    private final Clock clock;

    StatisticsWorkbook(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    void write(StatisticsReport report, Path file) {
        LocalDate made = LocalDate.now(clock);
        Committee committee = database.read(r -> r.committee().on(made).orElse(null));
        Map<Long, String> branchNames = new HashMap<>();
        database.read(r -> r.branches().all()).forEach(b -> branchNames.put(b.id(), b.name()));
        List<RegisterEntry> register = new RegisterService(database).loadRegister();
        try (OfficialWorkbook book = new OfficialWorkbook(committee, made)) {
            List<StatisticsTable> tables = StatisticsTables.of(report);
            for (StatisticsTable table : tables) {
                if (table.kind() == StatisticsTable.Kind.BRANCHES) {
                    writeBranches(book, report);
                } else {
                    writeTable(book, report, table);
                }
            }
            writePeople(book, report, tables, register, branchNames);
            book.save(file);
        }
    }

    private static String periodLine(StatisticsReport report) {
        StatisticsPeriod period = report.period();
        StatisticsPeriod last = report.lastYearPeriod();
        String line = "Từ ngày " + DateFormats.format(period.from()) + " đến ngày " + DateFormats.format(period.to())
                + " (cùng kỳ năm trước: " + DateFormats.format(last.from()) + " – " + DateFormats.format(last.to()) + ")";
        return report.combines() == null ? line : line + ". " + report.combines();
    }

    private static TableSheet tableSheet(OfficialWorkbook book, StatisticsReport report, StatisticsTable table) {
        TableSheet sheet = book.addSheet(table.code(), Orientation.PORTRAIT, 6, 46, 12, 14, 12);
        String title = table.code().startsWith("Biểu") ? table.code() + " — " + table.title() : table.title();
        sheet.title(title.toUpperCase(VIETNAMESE)).subtitle(periodLine(report));
        String unit = table.countsBranches() ? "Số chi bộ" : "Số đảng viên";
        sheet.header(new String[] {"STT", "Chỉ tiêu", unit, TableSheet.SPAN_LEFT, "Tỷ lệ (%)"},
                new String[] {TableSheet.SPAN_UP, TableSheet.SPAN_UP, "Kỳ này", "Cùng kỳ năm trước", TableSheet.SPAN_UP},
                new String[] {"1", "2", "3", "4", "5 = 3/4"});
        return sheet;
    }

    private static void writeTable(OfficialWorkbook book, StatisticsReport report, StatisticsTable table) {
        TableSheet sheet = tableSheet(book, report, table);
        Map<ChangeLine, TableRow> changeRows = new EnumMap<>(ChangeLine.class);
        List<TableRow> ageRows = new ArrayList<>();
        int number = 0;
        for (StatisticsRow line : table.rows()) {
            if (line.isHeading()) {
                sheet.section(line.label());
                continue;
            }
            TableRow row = sheet.row();
            if (line.depth() == 0) {
                row.number(++number);
            } else {
                row.skip();
            }
            row.text(line.label());
            if (line.average() != null) {
                row.centred(decimal(line.average().value())).centred(decimal(line.average().lastYear()))
                        .centred(line.average().percent() == null ? "" : decimal(line.average().percent()) + "%");
                continue;
            }
            ChangeLine change = line.key() instanceof ChangeLine c ? c : null;
            writeCounts(row, line.figure(), change, changeRows, report.change().balanced());
            if (change != null) {
                changeRows.put(change, row);
            }
            if (table.kind() == StatisticsTable.Kind.MEMBERSHIP && line.key() instanceof AgeBand) {
                ageRows.add(row);
            }
        }
        sheet.signatures();
        if (!ageRows.isEmpty()) {
            ageChart(sheet, ageRows, report);
        }
    }

    /**
     * The counts and the percentage. In Biểu 1 the totals are formulas over the lines above
     * them (B, C and D = A + B − C), so the sheet checks itself; the cached value is the model's.
     */
    private static void writeCounts(TableRow row, Figure figure, ChangeLine change, Map<ChangeLine, TableRow> above,
                                    boolean balanced) {
        String thisYear = change == null ? null : totalFormula(change, above, 2, balanced);
        String lastYear = change == null ? null : totalFormula(change, above, 3, balanced);
        if (thisYear == null) {
            row.number(figure.value()).number(figure.lastYear());
        } else {
            row.formula(thisYear, figure.value()).formula(lastYear, figure.lastYear());
        }
        if (figure.lastYear() == 0) {
            row.skip();
        } else {
            row.percentFormula("IF(" + row.reference(3) + "=0,\"\"," + row.reference(2) + "/" + row.reference(3) + ")",
                    (double) figure.value() / figure.lastYear());
        }
    }

    private static String totalFormula(ChangeLine line, Map<ChangeLine, TableRow> above, int column, boolean balanced) {
        return switch (line) {
            case INCREASES -> sum(above, column, ChangeLine.ADMITTED, ChangeLine.TRANSFERRED_IN, ChangeLine.RESTORED);
            case DECREASES -> sum(above, column, ChangeLine.DIED, ChangeLine.EXPELLED, ChangeLine.REMOVED,
                    ChangeLine.RESIGNED, ChangeLine.TRANSFERRED_OUT);
            // Written as A + B − C only when the model says it holds: otherwise the sheet would hide the gap.
            case CLOSING -> balanced ? above.get(ChangeLine.OPENING).reference(column) + "+"
                    + above.get(ChangeLine.INCREASES).reference(column) + "-"
                    + above.get(ChangeLine.DECREASES).reference(column) : null;
            default -> null;
        };
    }

    private static String sum(Map<ChangeLine, TableRow> above, int column, ChangeLine... lines) {
        return String.join("+", Arrays.stream(lines).map(l -> above.get(l).reference(column)).toList());
    }

    private static void ageChart(TableSheet sheet, List<TableRow> ageRows, StatisticsReport report) {
        AgeBand[] bands = AgeBand.values();
        String[] labels = Arrays.stream(bands).map(AgeBand::toString).toArray(String[]::new);
        Double[] values = Arrays.stream(bands)
                .map(b -> (double) report.members().ageBands().get(b).value()).toArray(Double[]::new);
        sheet.columnChart("Đảng viên theo độ tuổi đến ngày " + DateFormats.format(report.period().to()),
                "Số đảng viên", ageRows.get(0).rowIndex(), ageRows.get(ageRows.size() - 1).rowIndex(), 1, 2,
                labels, values);
    }

    private static void writeBranches(OfficialWorkbook book, StatisticsReport report) {
        TableSheet sheet = book.addSheet("Chi bộ", Orientation.PORTRAIT, 6, 40, 11, 11, 11, 13, 11);
        sheet.title("ĐẢNG VIÊN THEO CHI BỘ").subtitle(periodLine(report) + "; đảng số cuối kỳ");
        sheet.header(new String[] {"STT", "Chi bộ", "Kỳ này", TableSheet.SPAN_LEFT, TableSheet.SPAN_LEFT,
                        "Cùng kỳ năm trước", "Tỷ lệ (%)"},
                new String[] {TableSheet.SPAN_UP, TableSheet.SPAN_UP, "Tổng số", "Chính thức", "Dự bị",
                        TableSheet.SPAN_UP, TableSheet.SPAN_UP},
                new String[] {"1", "2", "3", "4", "5", "6", "7 = 3/6"});
        int number = 0;
        for (BranchLine branch : report.branches()) {
            TableRow row = sheet.row().number(++number).text(branch.name()).number(branch.total().value())
                    .number(branch.official().value()).number(branch.probationary().value())
                    .number(branch.total().lastYear());
            percent(row, branch.total().value(), branch.total().lastYear());
        }
        TableRow total = sheet.totalRow("Cộng", 2, 3, 4, 5);
        int all = report.branches().stream().mapToInt(b -> b.total().value()).sum();
        int last = report.branches().stream().mapToInt(b -> b.total().lastYear()).sum();
        total.at(6);
        percent(total, all, last);
        sheet.signatures();
    }

    private static void percent(TableRow row, int value, int lastYear) {
        if (lastYear == 0) {
            return;
        }
        row.percentFormula("IF(" + row.reference(5) + "=0,\"\"," + row.reference(2) + "/" + row.reference(5) + ")",
                (double) value / lastYear);
    }

    /**
     * Danh sách: for each figure, who is behind it. When that would be too long for a workbook
     * (a large committee), only the flows of Biểu 1 are listed; the screen lists any figure.
     */
    private static void writePeople(OfficialWorkbook book, StatisticsReport report, List<StatisticsTable> tables,
                                    List<RegisterEntry> register, Map<Long, String> branchNames) {
        List<Listed> listed = new ArrayList<>();
        for (StatisticsTable table : tables) {
            if (table.countsBranches()) {
                continue;
            }
            for (StatisticsRow line : table.rows()) {
                if (line.figure() != null && line.figure().value() > 0) {
                    listed.add(new Listed(table, line));
                }
            }
        }
        long lines = listed.stream().mapToLong(l -> l.row().figure().value()).sum();
        boolean flowsOnly = lines > LISTED_LINES_LIMIT;
        if (flowsOnly) {
            listed.removeIf(l -> l.table().kind() != StatisticsTable.Kind.CHANGE || isStockLine(l.row().key()));
        }
        TableSheet sheet = book.addSheet("Danh sách", Orientation.PORTRAIT, 6, 34, 12, 9, 36);
        sheet.title("DANH SÁCH ĐẢNG VIÊN THEO TỪNG SỐ LIỆU").subtitle(periodLine(report));
        if (flowsOnly) {
            sheet.subtitle("Đảng bộ đông người: chỉ liệt kê các biến động của Biểu 1; danh sách của các số khác "
                    + "xem trên màn hình Báo cáo thống kê (nhấp đúp vào số).");
        }
        sheet.header(new String[] {"STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ"});
        FigurePeople people = new FigurePeople(register);
        for (Listed item : listed) {
            sheet.section(item.table().code() + " · " + item.row().label() + ": "
                    + NumberFormats.count(item.row().figure().value()) + " người");
            int number = 0;
            for (RegisterRow person : people.rows(item.row().figure().ids(), report.period().to())) {
                Long branchId = person.state().branchId();
                sheet.row().number(++number).text(person.entry().name().full()).date(person.entry().birthDate())
                        .centred(person.entry().sex().toString())
                        .text(branchId == null ? "" : branchNames.getOrDefault(branchId, ""));
            }
        }
        sheet.signatures();
    }

    private static boolean isStockLine(Enum<?> key) {
        return key == ChangeLine.OPENING || key == ChangeLine.CLOSING || key == ChangeLine.INCREASES
                || key == ChangeLine.DECREASES;
    }

    private record Listed(StatisticsTable table, StatisticsRow row) {
    }

    private static String decimal(java.math.BigDecimal value) {
        return value == null ? "" : NumberFormats.decimal(value, 1, 2);
    }
}
