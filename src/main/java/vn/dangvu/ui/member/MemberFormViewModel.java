package vn.dangvu.ui.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.admission.AdmissionAge;
import vn.dangvu.model.admission.OfficialDate;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.FormDates;
import vn.dangvu.ui.FormErrors;
import vn.dangvu.ui.PersonFields;

/**
 * The member form (Phiếu đảng viên). All validation lives here and in the {@link PersonFields} it
 * shares with the candidate's dossier; a new member's admission
 * (or transfer in) becomes their first events, an existing member's membership changes only
 * through events on the member page.
 */
public final class MemberFormViewModel {

    /** How a new person enters the register. */
    public enum Entry {
        ADMITTED("Kết nạp tại Đảng bộ"),
        TRANSFERRED_IN("Chuyển đến từ nơi khác"),
        /** Tiếp nhận sinh hoạt tạm thời: a member of another organisation, listed apart, not counted. */
        HOSTED("Đến sinh hoạt tạm thời");

        private final String label;

        Entry(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final RegisterService registerService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final FormDates dates;
    private Member editing;

    /** Phiếu đảng viên's own fields: who the member is. */
    final PersonFields person;

    final ObjectProperty<Entry> entry = new SimpleObjectProperty<>(Entry.ADMITTED);
    final StringProperty admissionDate = new SimpleStringProperty("");
    final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    final StringProperty decisionNumber = new SimpleStringProperty("");
    final StringProperty decisionDate = new SimpleStringProperty("");
    final StringProperty officialDate = new SimpleStringProperty("");
    final StringProperty transferInDate = new SimpleStringProperty("");
    final StringProperty transferredFrom = new SimpleStringProperty("");
    final StringProperty transferredFromProvince = new SimpleStringProperty("");
    final StringProperty transferredFromDistrict = new SimpleStringProperty("");

    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final BooleanProperty newMember = new SimpleBooleanProperty(true);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final StringProperty officialHint = new SimpleStringProperty("");

    public MemberFormViewModel(RegisterService registerService, Background background, DialogService dialogs,
                               String userName, Supplier<LocalDate> today) {
        this.dates = new FormDates(today);
        this.person = new PersonFields(dates);
        this.registerService = registerService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        admissionDate.addListener((o, was, now) -> hintOfficialDate());
        officialDate.addListener((o, was, now) -> hintOfficialDate());
    }

    /**
     * Under Ngày chính thức: the 12-month date once Ngày vào Đảng is readable, or the warning
     * with both dates when another date is typed (DOMAIN.md §5).
     */
    private void hintOfficialDate() {
        Optional<LocalDate> admitted = DateFormats.parse(admissionDate.get());
        Optional<LocalDate> official = DateFormats.parse(officialDate.get());
        if (!newMember.get() || admitted.isEmpty()) {
            officialHint.set("");
        } else if (official.isPresent()) {
            officialHint.set(OfficialDate.warning(admitted.get(), official.get()).orElse(""));
        } else {
            officialHint.set("Đủ 12 tháng dự bị ngày " + DateFormats.format(OfficialDate.proposed(admitted.get()))
                    + ": nếu đã được công nhận chính thức, đó là ngày chính thức.");
        }
    }

    /** Puts the 12-month date in Ngày chính thức (nothing while Ngày vào Đảng cannot be read). */
    public void useProposedOfficialDate() {
        DateFormats.parse(admissionDate.get())
                .ifPresent(admitted -> officialDate.set(DateFormats.format(OfficialDate.proposed(admitted))));
    }

    /** Prepares an empty form for a new member. */
    public void startNew(List<Branch> activeBranches) {
        branches.setAll(activeBranches);
        newMember.set(true);
        editing = null;
    }

    /** Fills the form from a stored member; entry fields show their admission read-only. */
    public void edit(MemberFile file, List<Branch> allBranches) {
        branches.setAll(allBranches);
        newMember.set(false);
        editing = file.member();
        person.fill(file.member());
        LocalDate now = dates.today();
        admissionDate.set(file.history().admissionDateOn(now).map(DateFormats::format).orElse(""));
        officialDate.set(file.history().officialDateOn(now).map(DateFormats::format).orElse(""));
        Long branchId = file.history().stateOn(now).branchId();
        branch.set(allBranches.stream().filter(b -> b.id().equals(branchId)).findFirst().orElse(null));
    }

    /** Validates and saves in the background; calls {@code onSaved} with the member's id. */
    public void save(LongConsumer onSaved) {
        Optional<Draft> draft = validate();
        if (draft.isEmpty() || saving.get()) {
            return;
        }
        Draft d = draft.get();
        if (!officialDateConfirmed(d.events())) {
            return;
        }
        background.run(saving, () -> d.member().id() == null
                        ? registerService.createMember(d.member(), d.events(), userName).member().id()
                        : registerService.updateMember(d.member()).id(),
                onSaved::accept, this::rejected);
    }

    /** A recognition on another day than the 12-month date is saved only when the clerk confirms it. */
    private boolean officialDateConfirmed(List<MembershipEvent> events) {
        LocalDate admitted = null;
        for (MembershipEvent event : events) {
            if (event.type() == MembershipEventType.ADMITTED) {
                admitted = event.date();
            } else if (event.type() == MembershipEventType.RECOGNIZED_OFFICIAL && admitted != null) {
                Optional<String> warning = OfficialDate.warning(admitted, event.date());
                if (warning.isPresent() && !dialogs.confirm("Ngày chính thức", warning.get()
                        + "\n\nVẫn lưu ngày chính thức " + DateFormats.format(event.date()) + " như hồ sơ cũ?")) {
                    return false;
                }
            }
        }
        return true;
    }

    private void rejected(Throwable error) {
        if (!FormErrors.putRefusal(errors, error)) {
            dialogs.showError("Lưu hồ sơ", DialogService.messageOf(error));
        }
    }

    /** What will be saved, or empty with every problem in {@link #errors()}. */
    record Draft(Member member, List<MembershipEvent> events) {
    }

    Optional<Draft> validate() {
        errors.clear();
        Optional<Member> member = person.read(editing == null ? null : editing.id(),
                editing == null ? 0 : editing.version(), errors);
        // The age rule reads the birth date as typed, even while other fields of the person are wrong.
        List<MembershipEvent> events = newMember.get()
                ? entryEvents(DateFormats.parse(person.birthDate.get()).orElse(null)) : List.of();
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Draft(member.get(), events));
    }

    /** The first events of a new member: admission (here or elsewhere), transfer in, recognition. */
    private List<MembershipEvent> entryEvents(LocalDate birth) {
        LocalDate admitted = date(admissionDate, "admissionDate", "Ngày vào Đảng", true);
        LocalDate decided = date(decisionDate, "decisionDate", "Ngày quyết định kết nạp", false);
        LocalDate official = date(officialDate, "officialDate", "Ngày chính thức", false);
        boolean transferred = entry.get() != Entry.ADMITTED;
        LocalDate arrived = transferred ? date(transferInDate, "transferInDate", "Ngày chuyển đến", true) : null;
        if (branch.get() == null) {
            errors.put("branch", "Chọn chi bộ.");
        }
        if (birth != null && admitted != null && !AdmissionAge.oldEnough(birth, admitted)) {
            errors.put("admissionDate", "Ngày vào Đảng " + DateFormats.format(admitted) + ": khi đó mới "
                    + java.time.Period.between(birth, admitted).getYears() + " tuổi, phải đủ "
                    + AdmissionAge.MINIMUM_YEARS + " tuổi.");
        }
        if (admitted != null && official != null && !official.isAfter(admitted)) {
            errors.put("officialDate", "Ngày chính thức " + DateFormats.format(official)
                    + " phải sau ngày vào Đảng " + DateFormats.format(admitted) + ".");
        }
        if (admitted != null && arrived != null && !arrived.isAfter(admitted)) {
            errors.put("transferInDate", "Ngày chuyển đến phải sau ngày vào Đảng " + DateFormats.format(admitted) + ".");
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        Long branchId = branch.get().id();
        List<MembershipEvent> events = new ArrayList<>();
        events.add(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, transferred ? null : branchId)
                .withDecision(new Decision(decisionNumber.get(), decided, null)));
        if (transferred) {
            MembershipEventType arrival = entry.get() == Entry.HOSTED ? MembershipEventType.HOSTING_STARTED
                    : MembershipEventType.TRANSFERRED_IN;
            events.add(MembershipEvent.of(arrival, arrived, branchId).withOtherOrganisation(new OtherOrganisation(
                    transferredFrom.get(), transferredFromProvince.get(), transferredFromDistrict.get())));
        }
        if (official != null) {
            events.add(MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, official, null));
        }
        return events;
    }

    private LocalDate date(StringProperty value, String field, String label, boolean required) {
        return dates.past(errors, field, label, value.get(), required).orElse(null);
    }

    public String title() {
        return editing == null ? "Thêm đảng viên" : "Sửa hồ sơ: " + editing.name().full();
    }

    /** A new record (not an edit): only then are the entry fields (how the person came in) open. */
    public BooleanProperty newMemberProperty() {
        return newMember;
    }

    /** While the save runs: the save button waits. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** The 12-month date or the warning about the typed one, shown under Ngày chính thức. */
    public StringProperty officialHintProperty() {
        return officialHint;
    }
}
