package vn.dangvu.ui.admission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import vn.dangvu.logic.admission.AdmissionService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionDeadlines;
import vn.dangvu.model.admission.AdmissionDossier;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;
import vn.dangvu.model.admission.DossierIssue;
import vn.dangvu.model.due.DueList;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;
import vn.dangvu.ui.FormDates;
import vn.dangvu.ui.FormErrors;
import vn.dangvu.ui.PersonFields;

/**
 * The candidate's dossier: who they are (the member's own fields, carried over at the ceremony),
 * each dated step, the checklist of what is missing and the deadlines that follow from the dates.
 */
public final class CandidateFormViewModel {

    private static final String TITLE = "Hồ sơ quần chúng";

    private final AdmissionService admissionService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final Supplier<LocalDate> today;
    private Candidate editing;

    private final FormDates dates;
    /** Who the candidate is: the fields they share with a member, carried over at the ceremony. */
    final PersonFields person;
    final StringProperty workplace = new SimpleStringProperty("");
    final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    final StringProperty ceremonyDate = new SimpleStringProperty("");

    private final Map<AdmissionStep, StepFields> steps = new EnumMap<>(AdmissionStep.class);
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObservableList<RegisterEntry> introducers = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableList<String> checklist = FXCollections.observableArrayList();
    private final ObservableList<String> deadlines = FXCollections.observableArrayList();
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper admitted = new ReadOnlyBooleanWrapper(false);
    private Map<Long, RegisterEntry> introducersById = Map.of();

    public CandidateFormViewModel(AdmissionService admissionService, Background background, DialogService dialogs,
                                  String userName, Supplier<LocalDate> today) {
        this.admissionService = admissionService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.today = today;
        this.dates = new FormDates(today);
        this.person = new PersonFields(dates);
        for (AdmissionStep step : AdmissionStep.values()) {
            if (step != AdmissionStep.CEREMONY) {
                steps.put(step, new StepFields(step));
            }
        }
        List<Observable> watched = new ArrayList<>(List.of(person.birthDate));
        steps.values().forEach(s -> watched.addAll(List.of(s.date, s.number, s.validUntil, s.introducer)));
        watched.forEach(o -> o.addListener(x -> refreshChecklist()));
        introducers.addListener((javafx.collections.ListChangeListener<RegisterEntry>) c -> {
            Map<Long, RegisterEntry> byId = new HashMap<>();
            introducers.forEach(e -> byId.put(e.id(), e));
            introducersById = byId;
        });
    }

    /** An empty dossier in a branch (or none chosen yet). */
    public void startNew(List<Branch> activeBranches, List<RegisterEntry> introducerChoices, Branch preselected) {
        editing = null;
        branches.setAll(activeBranches);
        introducers.setAll(introducerChoices);
        branch.set(preselected);
        admitted.set(false);
        refreshChecklist();
    }

    /** Fills the form from a stored dossier. */
    public void edit(Candidate candidate, List<Branch> allBranches, List<RegisterEntry> introducerChoices) {
        editing = candidate;
        branches.setAll(allBranches);
        introducers.setAll(introducerChoices);
        person.fill(candidate.person());
        workplace.set(text(candidate.workplace()));
        branch.set(allBranches.stream().filter(b -> b.id() == candidate.branchId()).findFirst().orElse(null));
        steps.values().forEach(StepFields::clear);
        candidate.steps().values().forEach(s -> {
            StepFields f = steps.get(s.step());
            if (f == null) {
                return;
            }
            f.date.set(DateFormats.format(s.date()));
            f.number.set(text(s.number()));
            f.issuingBody.set(text(s.issuingBody()));
            f.validUntil.set(DateFormats.format(s.validUntil()));
            f.note.set(text(s.note()));
            f.introducer.set(s.introducerId() == null ? null : introducersById.get(s.introducerId()));
        });
        ceremonyDate.set(candidate.step(AdmissionStep.CEREMONY).map(s -> DateFormats.format(s.date())).orElse(""));
        admitted.set(candidate.memberId() != null);
        refreshChecklist();
    }

    /** Validates and saves in the background; calls {@code onSaved} with the dossier's id. */
    public void save(LongConsumer onSaved) {
        Optional<Candidate> draft = validate();
        if (draft.isEmpty() || saving.get()) {
            return;
        }
        background.run(saving, () -> admissionService.save(draft.get()), stored -> {
            editing = stored;
            onSaved.accept(stored.id());
        }, this::rejected);
    }

    /**
     * Saves the dossier, then records the ceremony: the person enters the register as a
     * probationary member. Calls {@code onAdmitted} with the member's id.
     */
    public void recordCeremony(LongConsumer onAdmitted) {
        errors.clear();
        Optional<LocalDate> on = dates.past(errors, "ceremonyDate", "Ngày lễ kết nạp", ceremonyDate.get(), true);
        Optional<Candidate> draft = errors.isEmpty() ? validate() : Optional.empty();
        if (on.isEmpty() || draft.isEmpty() || saving.get()) {
            return;
        }
        background.run(saving, () -> {
            Candidate stored = admissionService.save(draft.get());
            return new Admitted(stored, admissionService.recordCeremony(stored.id(), on.get(), userName));
        }, done -> {
            editing = done.dossier();
            admitted.set(true);
            onAdmitted.accept(done.memberId());
        }, this::rejected);
    }

    private record Admitted(Candidate dossier, long memberId) {
    }

    private void rejected(Throwable error) {
        if (!FormErrors.putRefusal(errors, error)) {
            dialogs.showError(TITLE, DialogService.messageOf(error));
        }
    }

    /** What will be saved, or empty with every problem in {@link #errors()}. */
    Optional<Candidate> validate() {
        errors.clear();
        Optional<Member> who = person.read(null, 0, errors);
        if (branch.get() == null) {
            errors.put("branch", "Chọn chi bộ.");
        }
        Map<AdmissionStep, CandidateStep> recorded = new EnumMap<>(AdmissionStep.class);
        steps.values().forEach(f -> step(f).ifPresent(s -> recorded.put(s.step(), s)));
        if (editing != null) {
            editing.step(AdmissionStep.CEREMONY).ifPresent(s -> recorded.put(AdmissionStep.CEREMONY, s));
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            Candidate candidate = editing == null
                    ? Candidate.create(branch.get().id(), who.get(), workplace.get()).withSteps(recorded)
                    : new Candidate(editing.id(), editing.version(), branch.get().id(), who.get(), workplace.get(),
                    editing.formerMemberId(), editing.memberId(), editing.withdrawnOn(), editing.withdrawnReason(), recorded);
            List<String> contradictions = AdmissionDossier.contradictions(candidate);
            if (!contradictions.isEmpty()) {
                errors.put("form", String.join(" ", contradictions));
                return Optional.empty();
            }
            return Optional.of(candidate);
        } catch (IllegalArgumentException e) {
            errors.put("form", e.getMessage());
            return Optional.empty();
        }
    }

    /** The step as entered, or empty when the row is blank; problems go to {@link #errors()}. */
    private Optional<CandidateStep> step(StepFields f) {
        if (f.blank()) {
            return Optional.empty();
        }
        String id = f.step.name();
        Optional<LocalDate> on = dates.past(errors, id + "-date", f.step.label() + " — " + f.step.dateLabel().toLowerCase(
                java.util.Locale.ROOT), f.date.get(), true);
        Optional<LocalDate> until = dates.anyDay(errors, id + "-validUntil", "Giấy chứng nhận có giá trị đến",
                f.validUntil.get());
        if (f.step.isIntroducer() && f.introducer.get() == null) {
            errors.put(id + "-introducer", f.step.label() + ": chọn đảng viên giới thiệu.");
        }
        if (on.isEmpty() || errors.containsKey(id + "-introducer") || errors.containsKey(id + "-validUntil")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CandidateStep(f.step, on.get(), f.number.get(), f.issuingBody.get(), until.orElse(null),
                    f.introducer.get() == null ? null : f.introducer.get().id(), f.note.get()));
        } catch (IllegalArgumentException e) {
            errors.put(id + "-date", e.getMessage());
            return Optional.empty();
        }
    }

    /** "05/03/2036 (chưa có lịch nghỉ lễ năm 2036)": a due date and why it may be wrong. */
    private static String counted(AdmissionDeadlines rules, LocalDate from, LocalDate due) {
        return DateFormats.format(due) + rules.workingDays().missingHolidays(from, due).map(c -> " (" + c + ")").orElse("");
    }

    /** The checklist and the deadlines of what is entered so far (nothing is saved). */
    private void refreshChecklist() {
        AdmissionDeadlines rules = admissionService.deadlines();
        List<String> due = new ArrayList<>();
        Optional<LocalDate> resolution = DateFormats.parse(steps.get(AdmissionStep.BRANCH_RESOLUTION).date.get());
        Optional<LocalDate> decision = DateFormats.parse(steps.get(AdmissionStep.DECISION).date.get());
        resolution.ifPresent(d -> due.add("Hạn ra quyết định kết nạp (60 ngày làm việc sau nghị quyết chi bộ): "
                + counted(rules, d, rules.decisionDue(d))));
        decision.ifPresent(d -> due.add("Hạn tổ chức lễ kết nạp (30 ngày làm việc sau quyết định): "
                + counted(rules, d, rules.ceremonyDue(d))));
        StepFields certificate = steps.get(AdmissionStep.CLASS_CERTIFICATE);
        DateFormats.parse(certificate.date.get()).ifPresent(d -> due.add("Giấy chứng nhận lớp bồi dưỡng có giá trị đến: "
                + DateFormats.format(DueList.certificateValidUntil(new CandidateStep(AdmissionStep.CLASS_CERTIFICATE, d,
                null, null, DateFormats.parse(certificate.validUntil.get()).filter(u -> !u.isBefore(d)).orElse(null),
                null, null), rules))));
        deadlines.setAll(due);
        checklist.setAll(draftForChecklist().map(c -> AdmissionDossier.checklist(c, today.get(), rules, introducersById)
                .stream().map(DossierIssue::message).toList())
                .orElse(List.of("Nhập ngày sinh (dd/MM/yyyy) để kiểm tra hồ sơ.")));
    }

    /** The dossier as far as it can be read without complaining about the fields still being typed. */
    private Optional<Candidate> draftForChecklist() {
        Optional<LocalDate> birth = DateFormats.parse(person.birthDate.get());
        if (birth.isEmpty()) {
            return Optional.empty();
        }
        Map<AdmissionStep, CandidateStep> recorded = new EnumMap<>(AdmissionStep.class);
        for (StepFields f : steps.values()) {
            Optional<LocalDate> on = DateFormats.parse(f.date.get());
            if (on.isPresent() && (!f.step.isIntroducer() || f.introducer.get() != null)) {
                recorded.put(f.step, new CandidateStep(f.step, on.get(), f.number.get(), null,
                        DateFormats.parse(f.validUntil.get()).filter(u -> !u.isBefore(on.get())).orElse(null),
                        f.introducer.get() == null ? null : f.introducer.get().id(), null));
            }
        }
        // The checklist reads only the birth date and the steps: the name may still be half typed.
        Member sketch = new Member(null, 0, new PersonName("-", "", "-"), Sex.MALE, birth.get(), null, null, null, null);
        return Optional.of(new Candidate(null, 0, 0, sketch, null, null, null, null, null, recorded));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public StepFields step(AdmissionStep step) {
        return steps.get(step);
    }

    public List<StepFields> steps() {
        return List.copyOf(steps.values());
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ObservableList<String> checklist() {
        return checklist;
    }

    public ObservableList<String> deadlines() {
        return deadlines;
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObservableList<RegisterEntry> introducers() {
        return introducers;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }

    public ReadOnlyBooleanProperty admittedProperty() {
        return admitted.getReadOnlyProperty();
    }

    /** The dossier's id once it is stored. */
    public Optional<Long> candidateId() {
        return editing == null ? Optional.empty() : Optional.ofNullable(editing.id());
    }

    public String title() {
        if (editing == null) {
            return "Thêm quần chúng ưu tú";
        }
        return (editing.readmission() ? "Hồ sơ kết nạp lại: " : "Hồ sơ quần chúng: ") + editing.person().name().full();
    }
}
