package vn.dangvu.ui.member;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.logic.discipline.DisciplineService;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/** Recording a disciplinary decision (kỷ luật) on the member page. */
public final class DisciplineFormViewModel {

    private final DisciplineService disciplineService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;

    final ObjectProperty<DisciplineForm> form = new SimpleObjectProperty<>();
    final StringProperty announcedOn = new SimpleStringProperty("");
    final StringProperty decisionNumber = new SimpleStringProperty("");
    final StringProperty decisionDate = new SimpleStringProperty("");
    final StringProperty issuingBody = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");

    public DisciplineFormViewModel(DisciplineService disciplineService, Background background, DialogService dialogs,
                                   String userName) {
        this.disciplineService = disciplineService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        form.addListener((o, was, now) -> error.set(""));
    }

    /** Records the decision; a refusal (form not allowed for a probationary member…) stays on the form. */
    public void record(long memberId, Runnable onRecorded) {
        Optional<Discipline> discipline = validate(memberId);
        if (discipline.isEmpty()) {
            return;
        }
        if (discipline.get().form() == DisciplineForm.EXPULSION && !dialogs.confirm("Kỷ luật khai trừ",
                "Khai trừ sẽ ghi cả sự kiện \"Khai trừ\": người này ra khỏi Đảng từ ngày "
                        + DateFormats.format(discipline.get().announcedOn()) + ". Tiếp tục?")) {
            return;
        }
        background.run(() -> disciplineService.record(discipline.get(), userName),
                stored -> {
                    clear();
                    onRecorded.run();
                },
                failure -> error.set(DialogService.messageOf(failure)));
    }

    Optional<Discipline> validate(long memberId) {
        error.set("");
        if (form.get() == null) {
            error.set("Chọn hình thức kỷ luật.");
            return Optional.empty();
        }
        Optional<LocalDate> on = DateFormats.parse(announcedOn.get());
        if (on.isEmpty()) {
            error.set("Ngày công bố \"" + announcedOn.get() + "\" không đúng dạng dd/MM/yyyy.");
            return Optional.empty();
        }
        if (on.get().isAfter(LocalDate.now())) {
            error.set("Ngày công bố " + DateFormats.format(on.get()) + " ở tương lai.");
            return Optional.empty();
        }
        Optional<LocalDate> decided = DateFormats.parse(decisionDate.get());
        if (decided.isEmpty() && !decisionDate.get().isBlank()) {
            error.set("Ngày quyết định \"" + decisionDate.get() + "\" không đúng dạng dd/MM/yyyy.");
            return Optional.empty();
        }
        return Optional.of(new Discipline(null, memberId, form.get(), on.get(),
                new Decision(decisionNumber.get(), decided.orElse(null), issuingBody.get()), reason.get()));
    }

    private void clear() {
        form.set(null);
        for (StringProperty p : new StringProperty[] {announcedOn, decisionNumber, decisionDate, issuingBody, reason}) {
            p.set("");
        }
    }
}
