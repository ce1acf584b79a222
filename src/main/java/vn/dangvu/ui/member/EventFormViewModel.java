package vn.dangvu.ui.member;

import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.admission.OfficialDate;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/** Recording one membership event on the member page. */
public final class EventFormViewModel {

    private final RegisterService registerService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;

    final ObjectProperty<MembershipEventType> type = new SimpleObjectProperty<>();
    final StringProperty date = new SimpleStringProperty(DateFormats.format(LocalDate.now()));
    final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    final StringProperty decisionNumber = new SimpleStringProperty("");
    final StringProperty decisionDate = new SimpleStringProperty("");
    final StringProperty issuingBody = new SimpleStringProperty("");
    final StringProperty otherOrganisation = new SimpleStringProperty("");
    final StringProperty otherProvince = new SimpleStringProperty("");
    final StringProperty otherDistrict = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    /** The member's latest admission (ceremony), for the 12-month date of a recognition; null if none. */
    final ObjectProperty<LocalDate> admitted = new SimpleObjectProperty<>();
    /** The 12-month date proposed for a recognition, or the warning about another date. */
    final StringProperty dateHint = new SimpleStringProperty("");

    public EventFormViewModel(RegisterService registerService, Background background, DialogService dialogs,
                              String userName) {
        this.registerService = registerService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        type.addListener((o, was, now) -> proposeOfficialDate());
        date.addListener((o, was, now) -> hintOfficialDate());
        admitted.addListener((o, was, now) -> hintOfficialDate());
    }

    /** Choosing "Công nhận chính thức" fills in the 12-month date (DOMAIN.md §5). */
    private void proposeOfficialDate() {
        if (type.get() == MembershipEventType.RECOGNIZED_OFFICIAL && admitted.get() != null) {
            date.set(DateFormats.format(OfficialDate.proposed(admitted.get())));
        }
        hintOfficialDate();
    }

    private void hintOfficialDate() {
        Optional<LocalDate> on = DateFormats.parse(date.get());
        dateHint.set(type.get() != MembershipEventType.RECOGNIZED_OFFICIAL || admitted.get() == null || on.isEmpty() ? ""
                : OfficialDate.warning(admitted.get(), on.get()).orElse("Ngày đủ 12 tháng dự bị."));
    }

    /** Records the event for the member; refused events leave the form as it is with the reason shown. */
    public void record(long memberId, Runnable onRecorded) {
        Optional<MembershipEvent> event = validate();
        if (event.isEmpty() || !officialDateConfirmed(event.get())) {
            return;
        }
        background.run(() -> registerService.recordEvent(memberId, event.get(), userName),
                stored -> {
                    clear();
                    onRecorded.run();
                },
                failure -> error.set(DialogService.messageOf(failure)));
    }

    /** A recognition on another day than the 12-month date is recorded only when the clerk confirms it. */
    private boolean officialDateConfirmed(MembershipEvent event) {
        if (event.type() != MembershipEventType.RECOGNIZED_OFFICIAL || admitted.get() == null) {
            return true;
        }
        Optional<String> warning = OfficialDate.warning(admitted.get(), event.date());
        return warning.isEmpty() || dialogs.confirm("Công nhận chính thức", warning.get()
                + "\n\nVẫn ghi ngày chính thức " + DateFormats.format(event.date()) + " như hồ sơ cũ?");
    }

    Optional<MembershipEvent> validate() {
        error.set("");
        if (type.get() == null) {
            error.set("Chọn loại sự kiện.");
            return Optional.empty();
        }
        Optional<LocalDate> on = DateFormats.parse(date.get());
        if (on.isEmpty()) {
            error.set("Ngày sự kiện \"" + date.get() + "\" không đúng dạng dd/MM/yyyy.");
            return Optional.empty();
        }
        if (on.get().isAfter(LocalDate.now())) {
            error.set("Ngày sự kiện " + DateFormats.format(on.get()) + " ở tương lai.");
            return Optional.empty();
        }
        Optional<LocalDate> decided = DateFormats.parse(decisionDate.get());
        if (decided.isEmpty() && !decisionDate.get().isBlank()) {
            error.set("Ngày quyết định \"" + decisionDate.get() + "\" không đúng dạng dd/MM/yyyy.");
            return Optional.empty();
        }
        MembershipEventType kind = type.get();
        if (kind.branchUse() == MembershipEventType.BranchUse.REQUIRED && branch.get() == null) {
            error.set("Sự kiện \"" + kind.label() + "\" phải chọn chi bộ.");
            return Optional.empty();
        }
        Long branchId = branch.get() == null || kind.branchUse() == MembershipEventType.BranchUse.NONE
                ? null : branch.get().id();
        return Optional.of(new MembershipEvent(null, kind, on.get(), branchId,
                new Decision(decisionNumber.get(), decided.orElse(null), issuingBody.get()),
                kind.namesOtherOrganisation()
                        ? new OtherOrganisation(otherOrganisation.get(), otherProvince.get(), otherDistrict.get())
                        : OtherOrganisation.NONE,
                note.get(), userName));
    }

    private void clear() {
        type.set(null);
        date.set(DateFormats.format(LocalDate.now()));
        branch.set(null);
        for (StringProperty p : new StringProperty[] {decisionNumber, decisionDate, issuingBody, otherOrganisation,
                otherProvince, otherDistrict, note}) {
            p.set("");
        }
    }
}
