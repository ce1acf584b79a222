package vn.dangvu.ui.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipRuleViolation;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionAge;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * The member form (Phiếu đảng viên). All validation lives here; a new member's admission
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
    private Member editing;

    final StringProperty familyName = new SimpleStringProperty("");
    final StringProperty middleName = new SimpleStringProperty("");
    final StringProperty givenName = new SimpleStringProperty("");
    final StringProperty birthName = new SimpleStringProperty("");
    final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    final StringProperty birthDate = new SimpleStringProperty("");
    final StringProperty birthPlace = new SimpleStringProperty("");
    final StringProperty homeTown = new SimpleStringProperty("");
    final StringProperty permanentAddress = new SimpleStringProperty("");
    final StringProperty temporaryAddress = new SimpleStringProperty("");
    final StringProperty ethnicity = new SimpleStringProperty(Member.MAJORITY_ETHNICITY);
    final StringProperty religion = new SimpleStringProperty("");
    final StringProperty occupation = new SimpleStringProperty("");
    final StringProperty cardNumber = new SimpleStringProperty("");
    final StringProperty profileNumber = new SimpleStringProperty("");
    final StringProperty citizenId = new SimpleStringProperty("");
    final StringProperty generalEducation = new SimpleStringProperty("");
    final StringProperty professionalLevel = new SimpleStringProperty("");
    final StringProperty academicTitle = new SimpleStringProperty("");
    final ObjectProperty<PoliticalTheory> politicalTheory = new SimpleObjectProperty<>(PoliticalTheory.NONE);
    final StringProperty foreignLanguage = new SimpleStringProperty("");
    final StringProperty itLevel = new SimpleStringProperty("");
    final StringProperty youthUnionDate = new SimpleStringProperty("");
    final StringProperty introducers = new SimpleStringProperty("");
    final StringProperty armyEnlistedOn = new SimpleStringProperty("");
    final StringProperty armyDischargedOn = new SimpleStringProperty("");
    final StringProperty health = new SimpleStringProperty("");
    final StringProperty warInvalidGrade = new SimpleStringProperty("");
    final StringProperty familyMerit = new SimpleStringProperty("");
    final StringProperty awards = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");

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

    public MemberFormViewModel(RegisterService registerService, Background background, DialogService dialogs,
                               String userName) {
        this.registerService = registerService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
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
        Member m = file.member();
        familyName.set(m.name().family());
        middleName.set(m.name().middle());
        givenName.set(m.name().given());
        sex.set(m.sex());
        birthDate.set(DateFormats.format(m.birthDate()));
        ethnicity.set(m.ethnicity());
        religion.set(text(m.religion()));
        cardNumber.set(text(m.ids().cardNumber()));
        profileNumber.set(text(m.ids().profileNumber()));
        citizenId.set(text(m.ids().citizenId()));
        MemberProfile p = m.profile();
        birthName.set(text(p.birthName()));
        birthPlace.set(text(p.birthPlace()));
        homeTown.set(text(p.homeTown()));
        permanentAddress.set(text(p.permanentAddress()));
        temporaryAddress.set(text(p.temporaryAddress()));
        occupation.set(text(p.occupation()));
        generalEducation.set(text(p.generalEducation()));
        professionalLevel.set(text(p.professionalLevel()));
        academicTitle.set(text(p.academicTitle()));
        politicalTheory.set(p.politicalTheory());
        foreignLanguage.set(text(p.foreignLanguage()));
        itLevel.set(text(p.itLevel()));
        youthUnionDate.set(DateFormats.format(p.youthUnionDate()));
        introducers.set(text(p.introducers()));
        armyEnlistedOn.set(DateFormats.format(p.armyEnlistedOn()));
        armyDischargedOn.set(DateFormats.format(p.armyDischargedOn()));
        health.set(text(p.health()));
        warInvalidGrade.set(text(p.warInvalidGrade()));
        familyMerit.set(text(p.familyMerit()));
        awards.set(text(p.awards()));
        note.set(text(p.note()));
        LocalDate today = LocalDate.now();
        admissionDate.set(file.history().admissionDateOn(today).map(DateFormats::format).orElse(""));
        officialDate.set(file.history().officialDateOn(today).map(DateFormats::format).orElse(""));
        Long branchId = file.history().stateOn(today).branchId();
        branch.set(allBranches.stream().filter(b -> b.id().equals(branchId)).findFirst().orElse(null));
    }

    /** Validates and saves in the background; calls {@code onSaved} with the member's id. */
    public void save(LongConsumer onSaved) {
        Optional<Draft> draft = validate();
        if (draft.isEmpty() || saving.get()) {
            return;
        }
        saving.set(true);
        Draft d = draft.get();
        background.run(() -> d.member().id() == null
                        ? registerService.createMember(d.member(), d.events(), userName).member().id()
                        : registerService.updateMember(d.member()).id(),
                id -> {
                    saving.set(false);
                    onSaved.accept(id);
                },
                error -> {
                    saving.set(false);
                    rejected(error);
                });
    }

    private void rejected(Throwable error) {
        if (error instanceof RecordRejected rejected && rejected.field() != null) {
            errors.put(rejected.field(), rejected.getMessage());
        } else if (error instanceof MembershipRuleViolation || error instanceof IllegalArgumentException
                || error instanceof RecordRejected) {
            errors.put("form", error.getMessage());
        } else {
            dialogs.showError("Lưu hồ sơ", DialogService.messageOf(error));
        }
    }

    /** What will be saved, or empty with every problem in {@link #errors()}. */
    record Draft(Member member, List<MembershipEvent> events) {
    }

    Optional<Draft> validate() {
        errors.clear();
        require(familyName, "familyName", "Nhập họ.");
        require(givenName, "givenName", "Nhập tên.");
        if (sex.get() == null) {
            errors.put("sex", "Chọn giới tính.");
        }
        LocalDate birth = date(birthDate, "birthDate", "Ngày sinh", true);
        LocalDate youth = date(youthUnionDate, "youthUnionDate", "Ngày vào Đoàn", false);
        LocalDate enlisted = date(armyEnlistedOn, "armyEnlistedOn", "Ngày nhập ngũ", false);
        LocalDate discharged = date(armyDischargedOn, "armyDischargedOn", "Ngày xuất ngũ", false);
        List<MembershipEvent> events = newMember.get() ? entryEvents(birth) : List.of();
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            Member member = new Member(editing == null ? null : editing.id(), editing == null ? 0 : editing.version(),
                    new PersonName(familyName.get(), middleName.get(), givenName.get()), sex.get(), birth,
                    ethnicity.get(), religion.get(), ids(), profile(youth, enlisted, discharged));
            return Optional.of(new Draft(member, events));
        } catch (IllegalArgumentException e) {
            errors.put(e.getMessage().startsWith("Số CCCD") ? "citizenId"
                    : e.getMessage().startsWith("Số thẻ") ? "cardNumber" : "form", e.getMessage());
            return Optional.empty();
        }
    }

    private MemberIds ids() {
        return new MemberIds(cardNumber.get(), profileNumber.get(), citizenId.get());
    }

    private MemberProfile profile(LocalDate youth, LocalDate enlisted, LocalDate discharged) {
        MemberProfile.Builder p = new MemberProfile.Builder();
        p.birthName = birthName.get();
        p.birthPlace = birthPlace.get();
        p.homeTown = homeTown.get();
        p.permanentAddress = permanentAddress.get();
        p.temporaryAddress = temporaryAddress.get();
        p.occupation = occupation.get();
        p.generalEducation = generalEducation.get();
        p.professionalLevel = professionalLevel.get();
        p.academicTitle = academicTitle.get();
        p.politicalTheory = politicalTheory.get();
        p.foreignLanguage = foreignLanguage.get();
        p.itLevel = itLevel.get();
        p.youthUnionDate = youth;
        p.introducers = introducers.get();
        p.armyEnlistedOn = enlisted;
        p.armyDischargedOn = discharged;
        p.health = health.get();
        p.warInvalidGrade = warInvalidGrade.get();
        p.familyMerit = familyMerit.get();
        p.awards = awards.get();
        p.note = note.get();
        return p.build();
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

    private void require(StringProperty value, String field, String message) {
        if (value.get() == null || value.get().isBlank()) {
            errors.put(field, message);
        }
    }

    private LocalDate date(StringProperty value, String field, String label, boolean required) {
        String text = value.get();
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(field, label + ": chưa nhập (dd/MM/yyyy).");
            }
            return null;
        }
        Optional<LocalDate> date = DateFormats.parse(text);
        if (date.isEmpty()) {
            errors.put(field, label + " \"" + text.strip() + "\" không đúng dạng dd/MM/yyyy (ví dụ 05/03/1980).");
            return null;
        }
        if (date.get().isAfter(LocalDate.now())) {
            errors.put(field, label + " " + DateFormats.format(date.get()) + " ở tương lai.");
        }
        return date.get();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public BooleanProperty newMemberProperty() {
        return newMember;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public String title() {
        return editing == null ? "Thêm đảng viên" : "Sửa hồ sơ: " + editing.name().full();
    }
}
