package vn.dangvu.ui.due;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.admission.AdmissionDocuments;
import vn.dangvu.logic.admission.AdmissionService;
import vn.dangvu.logic.due.DueService;
import vn.dangvu.logic.probation.ProbationService;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.due.DueItem;
import vn.dangvu.model.due.DueKind;
import vn.dangvu.model.probation.ProbationStep;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Việc cần làm: the due items on the chosen day (today by default), overdue ones first in red,
 * and the recognition or removal of a member whose probation has ended.
 */
public final class DueViewModel {

    private static final String TITLE = "Việc cần làm";

    private final DueService dueService;
    private final AdmissionService admissionService;
    private final AdmissionDocuments admissionDocuments;
    private final ProbationService probationService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final Supplier<LocalDate> today;

    private final ObjectProperty<LocalDate> asOf;
    private final ObservableList<DueLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<DueLine> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper overdueCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("Đang tải việc cần làm…");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding probationSelected;

    // Công nhận chính thức / xóa tên of the selected probation.
    final StringProperty decisionNumber = new SimpleStringProperty("");
    final StringProperty decisionDate = new SimpleStringProperty("");
    final StringProperty issuingBody = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper probationText = new ReadOnlyStringWrapper("");

    private Runnable onChanged = () -> { };
    private BiConsumer<Long, LocalDate> onProbationChosen = (memberId, day) -> { };

    public DueViewModel(DueService dueService, AdmissionService admissionService, AdmissionDocuments admissionDocuments,
                        ProbationService probationService, Background background, DialogService dialogs, String userName,
                        Supplier<LocalDate> today) {
        this.dueService = dueService;
        this.admissionService = admissionService;
        this.admissionDocuments = admissionDocuments;
        this.probationService = probationService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.today = today;
        asOf = new SimpleObjectProperty<>(today.get());
        asOf.addListener((o, was, day) -> {
            if (day != null) {
                load();
            }
        });
        probationSelected = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().item().kind().aboutProbation(), selected);
        selected.addListener((o, was, line) -> probationChosen(line));
    }

    /** Derives the list for the as-of day in the background. */
    public void load() {
        LocalDate day = asOf.get();
        background.run(() -> dueService.dueOn(day), items -> show(day, items),
                error -> {
                    statusText.set("Không tải được việc cần làm.");
                    dialogs.showError(TITLE, DialogService.messageOf(error));
                });
    }

    private void show(LocalDate day, List<DueItem> items) {
        if (!day.equals(asOf.get())) {
            return; // the clerk already chose another day; its own load follows
        }
        DueItem kept = selected.get() == null ? null : selected.get().item();
        lines.setAll(items.stream().map(i -> DueLine.of(i, day)).toList());
        selected.set(lines.stream().filter(l -> l.item().equals(kept)).findFirst().orElse(null));
        long overdue = items.stream().filter(DueItem::overdue).count();
        count.set(items.size());
        overdueCount.set((int) overdue);
        statusText.set(items.isEmpty() ? "Không có việc nào đến hạn ngày " + DateFormats.format(day) + "."
                : items.size() + " việc" + (overdue > 0 ? ", " + overdue + " việc quá hạn" : "") + " · ngày "
                + DateFormats.format(day));
    }

    private void probationChosen(DueLine line) {
        formError.set("");
        if (line == null || !line.item().kind().aboutProbation()) {
            probationText.set("");
            onProbationChosen.accept(null, null);
            return;
        }
        onProbationChosen.accept(line.item().memberId(), asOf.get());
        // Both items of a probation are listed together: the end of the 12 months is the official date.
        LocalDate ends = lines.stream().map(DueLine::item)
                .filter(i -> i.kind() == DueKind.PROBATION_ENDS && i.memberId().equals(line.item().memberId()))
                .map(DueItem::dueDate).findFirst().orElse(null);
        probationText.set(line.person() + " — " + line.branch()
                + (ends != null ? " · hết 12 tháng dự bị ngày " + DateFormats.format(ends) : ""));
    }

    /** Công nhận đảng viên chính thức with the decision entered in the form. */
    public void recognise() {
        Optional<Decision> decision = decision();
        DueLine line = selected.get();
        if (decision.isEmpty() || line == null) {
            return;
        }
        long memberId = line.item().memberId();
        LocalDate day = asOf.get();
        background.run(() -> probationService.dossier(memberId, day).missing(), missing -> {
            if (missing.isEmpty() || dialogs.confirm("Công nhận đảng viên chính thức", "Hồ sơ dự bị của "
                    + line.person() + " còn thiếu: " + missing.stream().map(ProbationStep::label)
                    .collect(Collectors.joining("; ")) + ".\nVẫn công nhận đảng viên chính thức?")) {
                recognise(line, memberId, decision.get());
            }
        }, this::rejected);
    }

    private void recognise(DueLine line, long memberId, Decision decision) {
        background.run(() -> admissionService.recognise(memberId, decision, note.get(), userName),
                event -> done("Đã công nhận " + line.person() + " là đảng viên chính thức từ ngày "
                        + DateFormats.format(event.date()) + "."),
                this::rejected);
    }

    /** Không công nhận: xóa tên on the day of the decision, after the clerk confirms. */
    public void removeNotRecognised() {
        Optional<Decision> decision = decision();
        DueLine line = selected.get();
        if (decision.isEmpty() || line == null) {
            return;
        }
        if (!dialogs.confirm("Không công nhận đảng viên chính thức", "Xóa tên " + line.person()
                + " khỏi danh sách đảng viên từ ngày " + DateFormats.format(decision.get().date())
                + " vì không được công nhận đảng viên chính thức?")) {
            return;
        }
        long memberId = line.item().memberId();
        background.run(() -> admissionService.removeNotRecognised(memberId, decision.get(), note.get(),
                        userName),
                (MembershipEvent event) -> done("Đã xóa tên " + line.person() + " từ ngày "
                        + DateFormats.format(event.date()) + "."),
                this::rejected);
    }

    /** In danh sách đảng viên dự bị đến hạn xét công nhận chính thức, on the as-of day. */
    public void printReminders() {
        Optional<Path> chosen = dialogs.askSaveFile("Lưu danh sách đảng viên dự bị đến hạn",
                "dang-vien-du-bi-den-han.docx", "Word", ".docx");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        LocalDate day = asOf.get();
        background.run(() -> {
            admissionDocuments.probationReminders(day, file);
            return file;
        }, written -> message.set("Đã lưu danh sách đảng viên dự bị vào " + written + "."),
                error -> dialogs.showError(TITLE, DialogService.messageOf(error)));
    }

    private Optional<Decision> decision() {
        formError.set("");
        if (selected.get() == null || !selected.get().item().kind().aboutProbation()) {
            formError.set("Chọn một đảng viên dự bị trong danh sách.");
            return Optional.empty();
        }
        Optional<LocalDate> date = DateFormats.parse(decisionDate.get());
        if (date.isEmpty()) {
            formError.set(decisionDate.get().isBlank() ? "Nhập ngày quyết định (dd/MM/yyyy)."
                    : "Ngày quyết định \"" + decisionDate.get().strip() + "\" không đúng dạng dd/MM/yyyy.");
            return Optional.empty();
        }
        if (date.get().isAfter(today.get())) {
            formError.set("Ngày quyết định " + DateFormats.format(date.get()) + " ở tương lai.");
            return Optional.empty();
        }
        return Optional.of(new Decision(decisionNumber.get(), date.get(), issuingBody.get()));
    }

    private void done(String text) {
        message.set(text);
        decisionNumber.set("");
        decisionDate.set("");
        note.set("");
        selected.set(null);
        onChanged.run();
    }

    private void rejected(Throwable error) {
        if (error instanceof RecordRejected || error instanceof IllegalArgumentException) {
            formError.set(error.getMessage());
        } else {
            dialogs.showError(TITLE, DialogService.messageOf(error));
        }
    }

    /** Told after a recognition or a removal: the register changed, this list with it (the window reloads both). */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Told the member and the as-of day when a probation is chosen, (null, null) when none is. */
    public void setOnProbationChosen(BiConsumer<Long, LocalDate> onProbationChosen) {
        this.onProbationChosen = onProbationChosen;
    }

    /** Shows what a pane beside the list did (the probation dossier saved) in the status bar. */
    public void showMessage(String text) {
        message.set(text);
    }

    public ObservableList<DueLine> lines() {
        return lines;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObjectProperty<DueLine> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueCountProperty() {
        return overdueCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty probationTextProperty() {
        return probationText.getReadOnlyProperty();
    }

    public BooleanBinding probationSelectedProperty() {
        return probationSelected;
    }
}
