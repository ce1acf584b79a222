package vn.dangvu.ui.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.importing.ImportCancelled;
import vn.dangvu.logic.importing.ImportPlan;
import vn.dangvu.logic.importing.ImportProblem;
import vn.dangvu.logic.importing.ImportUpdate;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Nhập từ Excel: choose a workbook, see what it would create and every problem, then import
 * it once the preview has no error and its warnings were acknowledged. Nothing is written
 * before "Nhập"; "Hủy" during the import rolls it all back.
 */
public final class ImportViewModel {

    /** Where the screen is. */
    public enum Phase { EMPTY, PREVIEWING, PREVIEWED, IMPORTING, IMPORTED }

    private final MemberImportService importService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.EMPTY);
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final StringProperty fileName = new SimpleStringProperty("Chưa chọn tệp.");
    private final StringProperty summary = new SimpleStringProperty(
            "Chọn tệp Excel (.xlsx hoặc .xls) có danh sách đảng viên. Chưa có gì được ghi cho đến khi bấm \"Nhập\".");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty warningsAccepted = new SimpleBooleanProperty(false);
    /** The one tick: write the 12-month date as Ngày chính thức wherever the file has another. */
    private final BooleanProperty twelveMonthOfficialDates = new SimpleBooleanProperty(false);
    private final StringProperty officialDatesText = new SimpleStringProperty("");
    private Path file;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> updates = FXCollections.observableArrayList();
    private final BooleanBinding hasWarnings = Bindings.createBooleanBinding(
            () -> plan.get() != null && plan.get().hasWarnings(), plan);
    private final BooleanBinding canImport;
    private final BooleanBinding busy = phase.isEqualTo(Phase.PREVIEWING).or(phase.isEqualTo(Phase.IMPORTING));
    private AtomicBoolean cancelRequested = new AtomicBoolean();
    private Runnable onImported = () -> { };

    public ImportViewModel(MemberImportService importService, Background background, DialogService dialogs,
                           String userName) {
        this.importService = importService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        canImport = Bindings.createBooleanBinding(() -> phase.get() == Phase.PREVIEWED && plan.get() != null
                        && !plan.get().hasErrors() && !plan.get().summary().isEmpty()
                        && (!plan.get().hasWarnings() || warningsAccepted.get()),
                phase, plan, warningsAccepted);
        twelveMonthOfficialDates.addListener((o, was, now) -> {
            if (phase.get() == Phase.PREVIEWED && file != null
                    && plan.get().officialDates().twelveMonthDatesUsed() != now) {
                preview(file);
            }
        });
    }

    /** Asks for a workbook and previews it. */
    public void chooseFile() {
        dialogs.chooseFile("Chọn tệp Excel danh sách đảng viên", "Sổ làm việc Excel", List.of("xlsx", "xls"))
                .ifPresent(chosen -> {
                    // Another file starts with its own dates: the tick is for the rows the clerk has seen.
                    file = null;
                    twelveMonthOfficialDates.set(false);
                    preview(chosen);
                });
    }

    /** Reads the workbook and compares it with the data, in the background; writes nothing. */
    public void preview(Path file) {
        if (busy.get()) {
            return;
        }
        this.file = file;
        fileName.set(file.getFileName().toString());
        plan.set(null);
        officialDatesText.set("");
        problems.clear();
        updates.clear();
        warningsAccepted.set(false);
        progress.set(-1);
        status.set("Đang đọc và kiểm tra tệp…");
        phase.set(Phase.PREVIEWING);
        boolean twelveMonths = twelveMonthOfficialDates.get();
        background.run(() -> importService.preview(file, twelveMonths), this::previewed, error -> {
            phase.set(Phase.EMPTY);
            progress.set(0);
            status.set("");
            summary.set(DialogService.messageOf(error));
        });
    }

    private void previewed(ImportPlan previewed) {
        plan.set(previewed);
        problems.setAll(previewed.problems());
        updates.setAll(previewed.updates().stream().map(ImportUpdate::format).toList());
        progress.set(0);
        summary.set(String.join("\n", previewed.summary().lines()));
        int differing = previewed.officialDates().rowsDiffering();
        officialDatesText.set(differing == 0 ? "" : "Dùng ngày đủ 12 tháng dự bị làm ngày chính thức cho "
                + NumberFormats.count(differing) + " dòng ghi ngày khác (xem các cảnh báo ở cột \"Ngày chính thức\")");
        status.set(verdict(previewed));
        phase.set(Phase.PREVIEWED);
    }

    private static String verdict(ImportPlan plan) {
        int errors = plan.errors().size();
        int warnings = plan.warnings().size();
        if (errors > 0) {
            return "Có " + NumberFormats.count(errors) + " lỗi: hãy sửa trong Excel rồi chọn lại tệp. Chưa ghi gì.";
        }
        if (plan.summary().isEmpty()) {
            return "Không có gì mới để nhập: dữ liệu đã có đủ như trong tệp.";
        }
        if (warnings > 0) {
            return "Không có lỗi; có " + NumberFormats.count(warnings) + " cảnh báo cần xem trước khi nhập.";
        }
        return "Không có lỗi. Bấm \"Nhập\" để ghi vào dữ liệu.";
    }

    /** Writes the previewed import in one transaction, with progress; "Hủy" rolls it back. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        ImportPlan accepted = plan.get();
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        phase.set(Phase.IMPORTING);
        progress.set(0);
        status.set("Đang nhập…");
        background.run(() -> importService.apply(accepted, userName,
                        (done, total) -> background.onScreen(() -> progress.set(total == 0 ? 1 : (double) done / total)),
                        cancel::get),
                done -> {
                    phase.set(Phase.IMPORTED);
                    progress.set(1);
                    status.set("Đã nhập xong tệp " + accepted.fileName() + ".");
                    onImported.run();
                },
                error -> {
                    progress.set(0);
                    if (error instanceof ImportCancelled) {
                        phase.set(Phase.PREVIEWED);
                        status.set(error.getMessage());
                    } else {
                        phase.set(Phase.EMPTY);
                        plan.set(null);
                        status.set("");
                        summary.set(DialogService.messageOf(error));
                    }
                });
    }

    /** Asks the running import to stop at the next row; it then rolls back. */
    public void cancel() {
        if (phase.get() == Phase.IMPORTING) {
            cancelRequested.set(true);
            status.set("Đang hủy…");
        }
    }

    /** Called after a successful import, on the screen's thread (the register reloads). */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty warningsAcceptedProperty() {
        return warningsAccepted;
    }

    public BooleanProperty twelveMonthOfficialDatesProperty() {
        return twelveMonthOfficialDates;
    }

    /** The tick's text, empty (and the tick hidden) when every Ngày chính thức is the 12-month date. */
    public StringProperty officialDatesTextProperty() {
        return officialDatesText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ObservableList<String> updates() {
        return updates;
    }

    public BooleanBinding hasWarningsProperty() {
        return hasWarnings;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }
}
