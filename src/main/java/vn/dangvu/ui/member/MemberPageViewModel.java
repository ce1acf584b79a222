package vn.dangvu.ui.member;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.discipline.DisciplineService;
import vn.dangvu.logic.history.HistoryService;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.PartyAge;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.history.HistoryLine;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/** A member's page: who they are, where they stand today, and the timeline of their events. */
public final class MemberPageViewModel {

    private final RegisterService registerService;
    private final BranchService branchService;
    private final DisciplineService disciplineService;
    private final HistoryService historyService;
    private final Background background;
    private final DialogService dialogs;
    private final long memberId;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("Đang tải…");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<TimelineItem> timeline = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObservableList<Branch> activeBranches = FXCollections.observableArrayList();
    private final EventFormViewModel eventForm;
    private final DisciplineFormViewModel disciplineForm;
    private final ObservableList<DisciplineLine> discipline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper disciplineTitle = new ReadOnlyStringWrapper("Kỷ luật");
    private MemberFile file;
    private List<Branch> branches = List.of();

    public MemberPageViewModel(RegisterService registerService, BranchService branchService,
                               DisciplineService disciplineService, HistoryService historyService,
                               Background background, DialogService dialogs, String userName, long memberId) {
        this.registerService = registerService;
        this.branchService = branchService;
        this.disciplineService = disciplineService;
        this.historyService = historyService;
        this.background = background;
        this.dialogs = dialogs;
        this.memberId = memberId;
        this.eventForm = new EventFormViewModel(registerService, background, dialogs, userName);
        this.disciplineForm = new DisciplineFormViewModel(disciplineService, background, dialogs, userName);
    }

    public void load(Runnable then) {
        background.run(() -> new Loaded(registerService.loadMember(memberId), branchService.all(),
                        disciplineService.forMember(memberId), historyService.forMember(memberId)),
                loaded -> {
                    show(loaded.file(), loaded.branches());
                    showDiscipline(loaded.discipline(), LocalDate.now());
                    changes.setAll(loaded.changes());
                    then.run();
                },
                error -> dialogs.showError("Hồ sơ đảng viên", DialogService.messageOf(error)));
    }

    private record Loaded(MemberFile file, List<Branch> branches, List<Discipline> discipline,
                          List<HistoryLine> changes) {
    }

    /** The discipline tab, and a line in the summary while a decision has effect. */
    private void showDiscipline(List<Discipline> decisions, LocalDate today) {
        discipline.setAll(decisions.stream().map(d -> DisciplineLine.of(d, today)).toList());
        disciplineTitle.set(decisions.isEmpty() ? "Kỷ luật" : "Kỷ luật (" + decisions.size() + ")");
        discipline.stream().filter(DisciplineLine::inForce).reduce((earlier, latest) -> latest).ifPresent(line ->
                summary.set(summary.get() + "\nĐang chịu kỷ luật: " + line.form().toLowerCase() + ", "
                        + line.effect().toLowerCase()));
    }

    private void show(MemberFile loaded, List<Branch> all) {
        file = loaded;
        branches = all;
        Map<Long, String> names = new HashMap<>();
        all.forEach(b -> names.put(b.id(), b.name()));
        LocalDate today = LocalDate.now();
        activeBranches.setAll(all.stream().filter(b -> b.activeOn(today)).toList());
        Member m = loaded.member();
        MembershipState state = loaded.history().stateOn(today);
        heading.set(m.name().full());
        StringBuilder text = new StringBuilder();
        text.append(m.sex().label()).append(", sinh ngày ").append(DateFormats.format(m.birthDate()))
                .append(" · Dân tộc ").append(m.ethnicity());
        if (m.ids().cardNumber() != null) {
            text.append(" · Số thẻ ").append(m.ids().cardNumber());
        }
        text.append("\nHôm nay: ").append(state.status().label());
        if (state.branchId() != null) {
            text.append(" · ").append(names.getOrDefault(state.branchId(), ""));
        }
        if (state.countsInPartyStrength() && state.exempt()) {
            text.append(" · miễn công tác và sinh hoạt");
        }
        if (state.countsInPartyStrength() && state.temporarilyAway()) {
            text.append(" · đang sinh hoạt tạm thời nơi khác");
        }
        if (state.countsInPartyStrength() && state.suspended()) {
            text.append(" · đang bị đình chỉ sinh hoạt đảng");
        }
        loaded.history().admissionDateOn(today).ifPresent(d -> text.append("\nNgày vào Đảng ").append(DateFormats.format(d)));
        loaded.history().officialDateOn(today).ifPresent(d -> text.append(" · Ngày chính thức ").append(DateFormats.format(d)));
        LocalDate ageUntil = PartyAge.shownUntil(loaded.history(), today);
        PartyAge.of(loaded.history()).ifPresent(age -> text.append("\nTuổi đảng: ").append(age.summaryOn(ageUntil))
                .append(ageUntil.equals(today) ? "" : ", tính đến " + DateFormats.format(ageUntil)));
        summary.set(text.toString());
        timeline.setAll(loaded.history().events().stream().map(e -> TimelineItem.of(e, names)).toList());
        eventForm.admitted.set(loaded.history().admissionDateOn(today).orElse(null));
    }

    public void recordEvent(Runnable onRecorded) {
        eventForm.record(memberId, () -> load(onRecorded));
    }

    /** Moves an event entered by mistake to the recycle bin, after the clerk confirms. */
    public void deleteEvent(TimelineItem item, Runnable onDeleted) {
        if (item == null || item.eventId() == null) {
            dialogs.showInfo("Xóa sự kiện", "Chọn sự kiện ghi nhầm trong quá trình sinh hoạt trước.");
            return;
        }
        String what = item.title() + " ngày " + item.date();
        if (!dialogs.confirm("Xóa sự kiện ghi nhầm", "Xóa sự kiện \"" + what + "\" của " + heading.get()
                + "?\nChỉ dùng khi ghi nhầm. Sự kiện được chuyển vào thùng rác và có thể khôi phục.")) {
            return;
        }
        background.run(() -> {
            historyService.deleteEvent(memberId, item.eventId());
            return what;
        }, deleted -> {
            notice.set("Đã chuyển vào thùng rác: " + deleted + ". Nhấn Ctrl+Z để hoàn tác.");
            load(onDeleted);
        }, error -> dialogs.showError("Xóa sự kiện", DialogService.messageOf(error)));
    }

    /** Ctrl+Z: reverts this session's latest change (whichever member it was about) and says what it was. */
    public void undo(Runnable onUndone) {
        background.run(() -> historyService.undoLast(), undone -> {
            notice.set("Đã hoàn tác: " + undone);
            load(onUndone);
        }, error -> dialogs.showError("Hoàn tác", DialogService.messageOf(error)));
    }

    public ObservableList<HistoryLine> changes() {
        return changes;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public long memberId() {
        return memberId;
    }

    public MemberFile file() {
        return file;
    }

    public List<Branch> branches() {
        return branches;
    }

    public void recordDiscipline(Runnable onRecorded) {
        disciplineForm.record(memberId, () -> load(onRecorded));
    }

    public DisciplineFormViewModel disciplineForm() {
        return disciplineForm;
    }

    /** The member's disciplinary decisions, each with its lapse. */
    public ObservableList<DisciplineLine> discipline() {
        return discipline;
    }

    /** "Kỷ luật (2)": the tab's title. */
    public ReadOnlyStringProperty disciplineTitleProperty() {
        return disciplineTitle.getReadOnlyProperty();
    }

    public EventFormViewModel eventForm() {
        return eventForm;
    }

    public ObservableList<Branch> activeBranches() {
        return activeBranches;
    }

    public ObservableList<TimelineItem> timeline() {
        return timeline;
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
