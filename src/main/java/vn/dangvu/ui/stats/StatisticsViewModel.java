package vn.dangvu.ui.stats;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.register.RegisterExports;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.stats.FigurePeople;
import vn.dangvu.model.stats.MembershipLine;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;
import vn.dangvu.model.stats.StatisticsTable;
import vn.dangvu.model.stats.StatisticsTables;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Báo cáo thống kê: the clerk picks a period, the report is computed once in the background,
 * and every table of it is shown; a click on a number lists the people behind it.
 */
public final class StatisticsViewModel {

    private static final java.time.format.DateTimeFormatter FILE_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final RegisterService registerService;
    private final BranchService branchService;
    private final StatisticsService statisticsService;
    private final RegisterExports registerExports;
    private final Background background;
    private final DialogService dialogs;
    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>(PeriodChoice.YEAR);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(LocalDate.now().getYear());
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("Chọn kỳ báo cáo rồi bấm \"Xem báo cáo\".");
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<StatisticsReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StatisticsTable> tables = FXCollections.observableArrayList();
    /** The register, loaded on the first click on a number and kept until the next report. */
    private List<RegisterEntry> register;

    public StatisticsViewModel(RegisterService registerService, BranchService branchService,
                               StatisticsService statisticsService, RegisterExports registerExports,
                               Background background, DialogService dialogs) {
        this.registerService = registerService;
        this.branchService = branchService;
        this.statisticsService = statisticsService;
        this.registerExports = registerExports;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** The chosen period, or empty with {@link #periodErrorProperty()} saying what is wrong. */
    public Optional<StatisticsPeriod> period() {
        periodError.set("");
        if (choice.get() != PeriodChoice.CUSTOM) {
            if (year.get() == null || year.get() < 1930 || year.get() > 2100) {
                periodError.set("Năm báo cáo phải từ 1930 đến 2100.");
                return Optional.empty();
            }
            return Optional.of(choice.get().in(year.get()));
        }
        if (from.get() == null || to.get() == null) {
            periodError.set("Nhập cả ngày bắt đầu và ngày kết thúc của kỳ báo cáo (dd/MM/yyyy).");
            return Optional.empty();
        }
        if (from.get().isAfter(to.get())) {
            periodError.set("Ngày bắt đầu " + DateFormats.format(from.get()) + " sau ngày kết thúc "
                    + DateFormats.format(to.get()) + ".");
            return Optional.empty();
        }
        return Optional.of(new StatisticsPeriod(from.get(), to.get()));
    }

    /** Computes the report for the chosen period in the background. */
    public void compute() {
        Optional<StatisticsPeriod> period = period();
        if (period.isEmpty()) {
            return;
        }
        statusText.set("Đang tính báo cáo từ " + DateFormats.format(period.get().from()) + " đến "
                + DateFormats.format(period.get().to()) + "…");
        background.run(busy, () -> statisticsService.report(period.get()), computed -> {
            register = null;
            report.set(computed);
            tables.setAll(StatisticsTables.of(computed));
            statusText.set(summary(computed));
        }, error -> {
            statusText.set("Không tính được báo cáo.");
            dialogs.showError("Báo cáo thống kê", DialogService.messageOf(error));
        });
    }

    private static String summary(StatisticsReport report) {
        StatisticsPeriod period = report.period();
        String text = "Từ " + DateFormats.format(period.from()) + " đến " + DateFormats.format(period.to())
                + " · Đảng số cuối kỳ: " + NumberFormats.count(report.members().get(MembershipLine.TOTAL).value())
                + " · ";
        text += report.change().balanced()
                ? "Biểu 1 cân đối (đầu kỳ + tăng − giảm = cuối kỳ)."
                : "Biểu 1 KHÔNG cân đối: có biến động ngoài các mục của biểu, xem hai dòng \"Ngoài biểu\".";
        return report.combines() == null ? text : text + "\n" + report.combines() + ".";
    }

    public List<StatisticsLine> lines(StatisticsTable table) {
        return table.rows().stream().map(StatisticsLine::of).toList();
    }

    /** Lists who is behind a number (this period or last year) and hands the list to {@code show}. */
    public void peopleBehind(StatisticsTable table, StatisticsLine line, boolean lastYear, Consumer<PeopleBehind> show) {
        StatisticsReport current = report.get();
        if (current == null || !line.hasPeopleBehind()) {
            return;
        }
        long[] ids = lastYear ? line.row().figure().lastYearIds() : line.row().figure().ids();
        StatisticsPeriod period = lastYear ? current.lastYearPeriod() : current.period();
        String title = table.code() + " · " + line.row().label().strip() + " · "
                + (lastYear ? "cùng kỳ năm trước" : "kỳ này") + " (" + DateFormats.format(period.from()) + " – "
                + DateFormats.format(period.to()) + ")";
        if (table.countsBranches()) {
            background.run(() -> branchService.all(),
                    branches -> show.accept(PeopleBehind.ofBranches(title, branchesIn(branches, ids))), this::failed);
            return;
        }
        List<RegisterEntry> loaded = register;
        // The people are picked and replayed to the period's end off the FX thread: a figure can hold 100,000.
        background.run(() -> {
            List<RegisterEntry> entries = loaded != null ? loaded : registerService.loadRegister();
            return new Loaded(entries, PeopleBehind.ofMembers(title, period.to(),
                    new FigurePeople(entries).rows(ids, period.to()), branchNames(branchService.all())));
        }, data -> {
            register = data.register();
            show.accept(data.people());
        }, this::failed);
    }

    private record Loaded(List<RegisterEntry> register, PeopleBehind people) {
    }

    private static Map<Long, String> branchNames(List<Branch> branches) {
        Map<Long, String> names = new HashMap<>();
        branches.forEach(b -> names.put(b.id(), b.name()));
        return names;
    }

    private static List<Branch> branchesIn(List<Branch> branches, long[] ids) {
        Set<Long> wanted = new HashSet<>();
        Arrays.stream(ids).forEach(wanted::add);
        return branches.stream().filter(b -> wanted.contains(b.id())).toList();
    }

    /** Xuất Excel: the whole report as the workbook handed in, written in the background. */
    public void exportWorkbook() {
        StatisticsReport current = report.get();
        if (current == null) {
            return;
        }
        Optional<Path> file = dialogs.askSaveFile("Xuất báo cáo thống kê ra Excel",
                "Báo cáo thống kê " + current.period().from().format(FILE_DATE) + " đến "
                        + current.period().to().format(FILE_DATE) + ".xlsx", "Bảng tính Excel", ".xlsx");
        file.ifPresent(target -> write(() -> statisticsService.writeWorkbook(current, target),
                "Đã ghi báo cáo thống kê vào tệp\n" + target));
    }

    /** Exports the people behind a number, as the register's member list. */
    public void exportPeople(PeopleBehind people) {
        if (people.members() == null) {
            return;
        }
        Optional<Path> file = dialogs.askSaveFile("Xuất danh sách ra Excel",
                "Danh sách " + people.members().asOf().format(FILE_DATE) + ".xlsx", "Bảng tính Excel", ".xlsx");
        file.ifPresent(target -> write(() -> registerExports.writeMemberList(people.members(), target),
                "Đã ghi danh sách " + people.lines().size() + " người vào tệp\n" + target));
    }

    private void write(Runnable work, String done) {
        statusText.set("Đang xuất Excel…");
        background.run(busy, () -> {
            work.run();
            return done;
        }, message -> {
            statusText.set(summary(report.get()));
            dialogs.showInfo("Xuất Excel", message);
        }, error -> {
            statusText.set(summary(report.get()));
            failed(error);
        });
    }

    private void failed(Throwable error) {
        dialogs.showError("Báo cáo thống kê", DialogService.messageOf(error));
    }

    public ObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatisticsReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<StatisticsTable> tables() {
        return tables;
    }
}
