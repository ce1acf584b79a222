package vn.dangvu.ui.admission;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.admission.AdmissionReportService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.admission.AdmissionTarget;
import vn.dangvu.model.admission.AdmissionYear;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Chỉ tiêu and the admission report: targets per year for the committee or a branch and
 * "Kết nạp đảng viên qua các năm" for a range of years, and its Excel file.
 */
public final class AdmissionReportViewModel {

    private static final String TITLE = "Báo cáo kết nạp đảng viên";

    private final BranchService branchService;
    private final CommitteeService committeeService;
    private final AdmissionReportService admissionReportService;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    final StringProperty fromYear;
    final StringProperty toYear;
    final ObjectProperty<Branch> scope = new SimpleObjectProperty<>();
    final StringProperty targetYear;
    final StringProperty target = new SimpleStringProperty("");
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObservableList<ReportLine> years = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public AdmissionReportViewModel(BranchService branchService, CommitteeService committeeService,
                                    AdmissionReportService admissionReportService, Background background,
                                    DialogService dialogs, Supplier<LocalDate> today) {
        this.branchService = branchService;
        this.committeeService = committeeService;
        this.admissionReportService = admissionReportService;
        this.background = background;
        this.dialogs = dialogs;
        this.today = today;
        int year = today.get().getYear();
        fromYear = new SimpleStringProperty(String.valueOf(year - 4));
        toYear = new SimpleStringProperty(String.valueOf(year));
        targetYear = new SimpleStringProperty(String.valueOf(year));
        scope.addListener((o, a, b) -> load());
    }

    private record Range(int from, int to) {
    }

    private record Loaded(List<Branch> branches, List<AdmissionYear> years) {
    }

    /** Reads the years and builds both tables in the background. */
    public void load() {
        Optional<Range> range = range();
        if (range.isEmpty()) {
            return;
        }
        Long branchId = scope.get() == null ? null : scope.get().id();
        background.run(() -> new Loaded(branchService.all(),
                        admissionReportService.byYear(range.get().from(), range.get().to(), branchId)),
                this::show, e -> dialogs.showError(TITLE, DialogService.messageOf(e)));
    }

    private void show(Loaded loaded) {
        if (branches.isEmpty()) {
            branches.setAll(loaded.branches());
        }
        years.setAll(loaded.years().stream().map(y -> new ReportLine(y.year() == 0 ? "Tổng" : String.valueOf(y.year()),
                y.target() == null ? "" : NumberFormats.count(y.target()), NumberFormats.count(y.achieved()),
                y.percent().map(p -> NumberFormats.decimal2(p) + "%").orElse(""))).toList());
    }

    /** Sets the target of the year for the scope shown (the committee or the chosen branch). */
    public void saveTarget() {
        error.set("");
        Optional<Integer> year = number(targetYear.get(), "Năm của chỉ tiêu");
        Optional<Integer> value = year.isEmpty() ? Optional.empty() : number(target.get(), "Chỉ tiêu kết nạp");
        if (year.isEmpty() || value.isEmpty()) {
            return;
        }
        AdmissionTarget newTarget;
        try {
            newTarget = new AdmissionTarget(year.get(), scope.get() == null ? null : scope.get().id(), value.get());
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        background.run(() -> {
            admissionReportService.saveTarget(newTarget);
            return newTarget;
        }, saved -> {
            message.set("Đã lưu chỉ tiêu năm " + saved.year() + " của " + scopeName() + ": " + saved.target() + ".");
            target.set("");
            load();
        }, e -> error.set(DialogService.messageOf(e)));
    }

    /** Asks where to save both tables, then writes the Excel file in the background. */
    public void export() {
        Optional<Range> range = range();
        if (range.isEmpty()) {
            return;
        }
        Optional<Path> chosen = dialogs.askSaveFile("Xuất báo cáo kết nạp ra Excel", suggestedFileName(),
                "Bảng tính Excel", ".xlsx");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        Long branchId = scope.get() == null ? null : scope.get().id();
        String name = scopeName();
        background.run(() -> {
            admissionReportService.exportExcel(file, committeeService.on(today.get()).orElseThrow(), range.get().from(),
                    range.get().to(), name, branchId);
            return file;
        }, written -> message.set("Đã xuất " + written.getFileName() + "."),
                e -> dialogs.showError(TITLE, DialogService.messageOf(e)));
    }

    private String scopeName() {
        return scope.get() == null ? "toàn Đảng bộ" : scope.get().name();
    }

    private Optional<Range> range() {
        error.set("");
        Optional<Integer> from = number(fromYear.get(), "Từ năm");
        Optional<Integer> to = from.isEmpty() ? Optional.empty() : number(toYear.get(), "Đến năm");
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (to.get() < from.get() || to.get() - from.get() > 50) {
            error.set("Khoảng năm " + from.get() + "–" + to.get() + " không hợp lệ.");
            return Optional.empty();
        }
        return Optional.of(new Range(from.get(), to.get()));
    }

    private Optional<Integer> number(String text, String label) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.strip());
            if (value >= 0) {
                return Optional.of(value);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        error.set(label + ": \"" + (text == null ? "" : text.strip()) + "\" phải là một số nguyên không âm.");
        return Optional.empty();
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObservableList<ReportLine> years() {
        return years;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A file name for the export: ket-nap-dang-vien-2021-2025.xlsx. */
    private String suggestedFileName() {
        return "ket-nap-dang-vien-" + fromYear.get().strip() + "-" + toYear.get().strip() + ".xlsx";
    }
}
