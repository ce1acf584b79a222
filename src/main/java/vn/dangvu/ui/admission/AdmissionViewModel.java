package vn.dangvu.ui.admission;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.admission.AdmissionDocuments;
import vn.dangvu.logic.admission.AdmissionService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.VietnameseText;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.DossierIssue;
import vn.dangvu.model.admission.DossierStatus;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Kết nạp đảng viên: the candidates per branch with where each dossier stands, the checklist of
 * what is missing for whom, and the ceremony, re-admission and withdrawal actions.
 */
public final class AdmissionViewModel {

    private static final String TITLE = "Kết nạp đảng viên";

    private final RegisterService registerService;
    private final BranchService branchService;
    private final AdmissionService admissionService;
    private final AdmissionDocuments admissionDocuments;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final Supplier<LocalDate> today;
    private final Supplier<AdmissionReportViewModel> reports;

    private final ObservableList<CandidateLine> allLines = FXCollections.observableArrayList();
    private final FilteredList<CandidateLine> lines = new FilteredList<>(allLines, CandidateLine::open);
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final BooleanProperty showClosed = new SimpleBooleanProperty(false);
    private final ObjectProperty<CandidateLine> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> selectedIssues = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("Đang tải hồ sơ quần chúng…");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private List<Branch> allBranches = List.of();
    private List<RegisterEntry> introducerChoices = List.of();
    private List<RegisterEntry> formerMembers = List.of();
    private Map<Long, RegisterEntry> everyone = Map.of();
    private Map<Long, List<DossierIssue>> issues = Map.of();
    private Runnable onChanged = () -> { };

    /** @param reports the admission report's view model, built when the clerk opens the report */
    public AdmissionViewModel(RegisterService registerService, BranchService branchService,
                              AdmissionService admissionService, AdmissionDocuments admissionDocuments,
                              Background background, DialogService dialogs, String userName, Supplier<LocalDate> today,
                              Supplier<AdmissionReportViewModel> reports) {
        this.registerService = registerService;
        this.branchService = branchService;
        this.admissionService = admissionService;
        this.admissionDocuments = admissionDocuments;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.today = today;
        this.reports = reports;
        branch.addListener((o, a, b) -> applyFilter());
        showClosed.addListener((o, a, b) -> applyFilter());
        selected.addListener((o, a, line) -> selectedIssues.setAll(line == null ? List.of()
                : issues.getOrDefault(line.id(), List.of()).stream().map(DossierIssue::message).toList()));
    }

    private record Loaded(List<Branch> branches, List<Candidate> candidates, List<DossierStatus> checklist,
                          List<RegisterEntry> register) {
    }

    /** Loads dossiers, checklist and the people who can introduce or be re-admitted, in the background. */
    public void load() {
        load(() -> { });
    }

    private void load(Runnable then) {
        LocalDate day = today.get();
        background.run(() -> new Loaded(branchService.all(), admissionService.candidates(),
                        admissionService.checklist(day), registerService.loadRegister()),
                loaded -> {
                    show(loaded, day);
                    then.run();
                },
                error -> {
                    statusText.set("Không tải được hồ sơ quần chúng.");
                    dialogs.showError(TITLE, DialogService.messageOf(error));
                });
    }

    private void show(Loaded loaded, LocalDate day) {
        allBranches = loaded.branches();
        Branch chosen = branch.get();
        branches.setAll(allBranches.stream().filter(b -> b.activeOn(day)).toList());
        branch.set(chosen == null ? null : branches.stream().filter(b -> b.id().equals(chosen.id())).findFirst().orElse(null));
        Map<Long, String> names = new HashMap<>();
        allBranches.forEach(b -> names.put(b.id(), b.name()));
        Map<Long, List<DossierIssue>> byCandidate = new HashMap<>();
        loaded.checklist().forEach(s -> byCandidate.put(s.candidate().id(), s.issues()));
        issues = byCandidate;
        List<Candidate> ordered = new ArrayList<>(loaded.candidates());
        ordered.sort(java.util.Comparator.comparing((Candidate c) -> c.person().name(), NameOrder.comparator()));
        Long kept = selected.get() == null ? null : selected.get().id();
        allLines.setAll(ordered.stream().map(c -> CandidateLine.of(c, names.getOrDefault(c.branchId(), ""),
                byCandidate.getOrDefault(c.id(), List.of()).size(), day)).toList());
        Map<Long, RegisterEntry> byId = new HashMap<>();
        loaded.register().forEach(e -> byId.put(e.id(), e));
        everyone = byId;
        introducerChoices = loaded.register().stream().filter(e -> e.on(day).state().countsInPartyStrength()).toList();
        formerMembers = loaded.register().stream().filter(e -> formerMember(e, day)).toList();
        applyFilter();
        // Keep the selection only if it is still listed: a reload does not change the filters.
        selected.set(lines.stream().filter(l -> kept != null && l.id() == kept).findFirst().orElse(null));
    }

    private static boolean formerMember(RegisterEntry entry, LocalDate day) {
        MemberStatus status = entry.history().stateOn(day).status();
        return (status == MemberStatus.REMOVED || status == MemberStatus.EXPELLED || status == MemberStatus.RESIGNED)
                && entry.history().events().stream().noneMatch(e -> e.type() == MembershipEventType.READMITTED);
    }

    private void applyFilter() {
        Branch b = branch.get();
        boolean closed = showClosed.get();
        lines.setPredicate(line -> (closed || line.open()) && (b == null || line.candidate().branchId() == b.id()));
        long open = lines.stream().filter(CandidateLine::open).count();
        long incomplete = lines.stream().filter(l -> l.open() && l.missing() > 0).count();
        statusText.set(open + " quần chúng đang theo dõi" + (b == null ? "" : " ở " + b.name())
                + (incomplete > 0 ? " · " + incomplete + " hồ sơ còn thiếu" : ""));
        if (selected.get() != null && !lines.contains(selected.get())) {
            selected.set(null);
        }
    }

    /** Selects a dossier by id (after a save, or from the due list), clearing filters that hide it. */
    public void select(Long candidateId) {
        if (candidateId == null) {
            selected.set(null);
            return;
        }
        Optional<CandidateLine> line = allLines.stream().filter(l -> l.id() == candidateId).findFirst();
        if (line.isPresent() && !lines.contains(line.get())) {
            branch.set(null);
            showClosed.set(showClosed.get() || !line.get().open());
        }
        selected.set(line.orElse(null));
    }

    /** A form for a new candidate, in the branch chosen in the filter. */
    public CandidateFormViewModel newCandidateForm() {
        CandidateFormViewModel form = new CandidateFormViewModel(admissionService, background, dialogs, userName, today);
        form.startNew(branches, introducerChoices, branch.get());
        return form;
    }

    /** A form for the selected dossier. */
    public Optional<CandidateFormViewModel> selectedForm() {
        CandidateLine line = selected.get();
        if (line == null) {
            return Optional.empty();
        }
        return Optional.of(formFor(line.candidate()));
    }

    private CandidateFormViewModel formFor(Candidate candidate) {
        CandidateFormViewModel form = new CandidateFormViewModel(admissionService, background, dialogs, userName, today);
        List<RegisterEntry> choices = new ArrayList<>(introducerChoices);
        // An introducer who has since left stays shown on the dossier that names them.
        candidate.steps().values().stream().map(s -> s.introducerId()).filter(java.util.Objects::nonNull)
                .filter(id -> choices.stream().noneMatch(e -> e.id() == id)).map(everyone::get)
                .filter(java.util.Objects::nonNull).forEach(choices::add);
        form.edit(candidate, allBranches, choices);
        return form;
    }

    /** Ghi lễ kết nạp for the selected dossier: asks the date, then brings the person into the register. */
    public void recordCeremony() {
        CandidateLine line = selected.get();
        if (line == null || !line.open()) {
            return;
        }
        Optional<LocalDate> on = dialogs.askDate("Ghi lễ kết nạp", "Ngày tổ chức lễ kết nạp " + line.name() + ":",
                today.get());
        if (on.isEmpty()) {
            return;
        }
        if (on.get().isAfter(today.get())) {
            dialogs.showError("Ghi lễ kết nạp", "Ngày lễ kết nạp " + DateFormats.format(on.get()) + " ở tương lai.");
            return;
        }
        long id = line.id();
        background.run(() -> admissionService.recordCeremony(id, on.get(), userName),
                memberId -> changed("Đã ghi lễ kết nạp " + line.name() + " ngày " + DateFormats.format(on.get())
                        + ": đã vào sổ đảng viên, là đảng viên dự bị."),
                error -> failed("Ghi lễ kết nạp", error));
    }

    /** Dừng theo dõi: the dossier stays, marked as stopped on a day with a reason. */
    public void withdraw() {
        CandidateLine line = selected.get();
        if (line == null || !line.open()) {
            return;
        }
        Optional<LocalDate> on = dialogs.askDate("Dừng theo dõi", "Dừng theo dõi hồ sơ " + line.name() + " từ ngày:",
                today.get());
        if (on.isEmpty()) {
            return;
        }
        Optional<String> reason = dialogs.askText("Dừng theo dõi", "Lý do:", "");
        if (reason.isEmpty()) {
            return;
        }
        long id = line.id();
        background.run(() -> admissionService.withdraw(id, on.get(), reason.get()),
                c -> changed("Đã dừng theo dõi hồ sơ " + line.name() + "."), error -> failed("Dừng theo dõi", error));
    }

    /** Kết nạp lại: choose a former member and a branch; the dossier opens filled from their record. */
    public void startReadmission(Consumer<CandidateFormViewModel> openForm) {
        if (formerMembers.isEmpty()) {
            dialogs.showInfo("Kết nạp lại", "Trong sổ không có ai đã ra khỏi Đảng (xóa tên, khai trừ, xin ra)"
                    + " mà chưa được kết nạp lại.");
            return;
        }
        List<PersonChoice> people = formerMembers.stream().map(PersonChoice::new).toList();
        Optional<PersonChoice> who = dialogs.choose("Kết nạp lại", "Người đã ra khỏi Đảng:", people, people.get(0));
        if (who.isEmpty()) {
            return;
        }
        Optional<Branch> into = dialogs.choose("Kết nạp lại", "Chi bộ theo dõi hồ sơ:", branches,
                branch.get() != null ? branch.get() : branches.isEmpty() ? null : branches.get(0));
        if (into.isEmpty()) {
            return;
        }
        long memberId = who.get().entry().id();
        background.run(() -> admissionService.startReadmission(memberId, into.get().id(), null), candidate -> {
            load();
            openForm.accept(formFor(candidate));
        }, error -> failed("Kết nạp lại", error));
    }

    private void changed(String text) {
        message.set(text);
        load();
        onChanged.run();
    }

    private void failed(String title, Throwable error) {
        if (error instanceof RecordRejected || error instanceof IllegalArgumentException) {
            dialogs.showError(title, error.getMessage());
        } else {
            dialogs.showError(title, DialogService.messageOf(error));
        }
    }

    /** After a form saved: reload and select the dossier. */
    public void saved(long candidateId, boolean admitted) {
        message.set(admitted ? "Đã ghi lễ kết nạp: người này đã vào sổ đảng viên, là đảng viên dự bị."
                : "Đã lưu hồ sơ.");
        onChanged.run(); // the due list follows the dossiers' dates
        load(() -> select(candidateId));
    }

    /**
     * In danh sách lớp bồi dưỡng: the candidates listed (branch filter) who have no class
     * certificate yet, to a file the clerk chooses; false with a message when there is nobody to
     * send, false when the clerk cancels.
     */
    public boolean printClassList() {
        List<Long> ids = lines.stream().filter(CandidateLine::open)
                .filter(l -> l.candidate().step(AdmissionStep.CLASS_CERTIFICATE).isEmpty())
                .map(CandidateLine::id).toList();
        if (ids.isEmpty()) {
            dialogs.showInfo("In danh sách lớp bồi dưỡng", "Trong danh sách đang xem không có quần chúng nào"
                    + " chưa có giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng.");
            return false;
        }
        Optional<Path> chosen = askWordFile("Lưu danh sách gửi lớp bồi dưỡng", "danh-sach-lop-boi-duong.docx");
        if (chosen.isEmpty()) {
            return false;
        }
        Path file = chosen.get();
        LocalDate day = today.get();
        background.run(() -> {
            admissionDocuments.classList(ids, file, day);
            return file;
        }, written -> message.set("Đã lưu danh sách " + ids.size() + " quần chúng vào " + written + "."),
                error -> failed("In danh sách lớp bồi dưỡng", error));
        return true;
    }

    /** In dự thảo quyết định kết nạp for the selected dossier, to a file the clerk chooses. */
    public void printDecision() {
        CandidateLine line = selected.get();
        if (line == null) {
            return;
        }
        Optional<Path> chosen = askWordFile("Lưu dự thảo quyết định kết nạp",
                "quyet-dinh-ket-nap-" + VietnameseText.fold(line.name()).replace(' ', '-') + ".docx");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        LocalDate day = today.get();
        background.run(() -> {
            admissionDocuments.decisionDraft(line.id(), file, day);
            return file;
        }, written -> message.set("Đã lưu dự thảo quyết định kết nạp " + line.name() + " vào " + written + "."),
                error -> failed("In dự thảo quyết định", error));
    }

    private Optional<Path> askWordFile(String title, String suggestedName) {
        return dialogs.askSaveFile(title, suggestedName, "Tài liệu Word", ".docx");
    }

    /** The targets and reports window's model. */
    public AdmissionReportViewModel reportModel() {
        return reports.get();
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public ObservableList<CandidateLine> lines() {
        return lines;
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    public BooleanProperty showClosedProperty() {
        return showClosed;
    }

    public ObjectProperty<CandidateLine> selectedProperty() {
        return selected;
    }

    public ObservableList<String> selectedIssues() {
        return selectedIssues;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
