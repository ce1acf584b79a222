package vn.dangvu.ui.merge;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.merge.MergeCancelled;
import vn.dangvu.logic.merge.MergeChoices;
import vn.dangvu.logic.merge.MergePlan;
import vn.dangvu.logic.merge.MergePreview;
import vn.dangvu.logic.merge.MergeRefused;
import vn.dangvu.logic.merge.MergeReport;
import vn.dangvu.logic.merge.MergeResult;
import vn.dangvu.logic.merge.MergeService;
import vn.dangvu.logic.merge.MergeSource;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.merge.BranchDecision;
import vn.dangvu.model.merge.BranchPlan;
import vn.dangvu.model.merge.FormerUnit;
import vn.dangvu.model.merge.Side;
import vn.dangvu.model.merge.SourceBranch;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Gộp dữ liệu đảng bộ cũ (issue 17): choose a former unit's workbook or backup, name the unit and
 * its join date, preview; then decide where each branch goes, whether each uncertain pair is one
 * person, and which record is right for each contradiction — the plan is recomputed at each choice
 * without reading again — and merge when no problem is left: in one transaction after a verified
 * backup, with progress and cancel. The source is opened in a scratch folder and closed with the window.
 */
public final class MergeViewModel {

    /** The 1 July 2025 reorganisation: the join date of almost every merged commune. */
    public static final LocalDate REORGANISATION = LocalDate.of(2025, 7, 1);
    public static final String UNDECIDED = "Chưa chọn";
    public static final String JOIN = "Gộp làm một người";
    public static final String APART = "Để riêng hai người";
    public static final String KEEP_HERE = "Giữ dữ liệu đang có";
    public static final String TAKE_THERE = "Lấy theo đảng bộ cũ";

    /** Where the window is. */
    public enum Phase { EMPTY, OPENING, OPENED, PREVIEWING, PLANNED, MERGING, MERGED }

    /** A source branch: its people on the join date, where it goes, what that means, and the names offered. */
    public record BranchRow(String from, int people, String to, String result, boolean problem, List<String> offered) {
    }

    /** An uncertain pair side by side. */
    public record UncertainRow(long sourceId, String there, String here, String reason, String differences,
                               String decision) {
    }

    /** A contradiction and the side kept so far. */
    public record ContradictionRow(long sourceId, String person, String field, String here, String there, String kept) {
    }

    private final MergeService merge;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.EMPTY);
    private final StringProperty fileName = new SimpleStringProperty("Chưa chọn tệp.");
    private final StringProperty unitName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> joinDate = new SimpleObjectProperty<>(REORGANISATION);
    private final StringProperty summary = new SimpleStringProperty(
            "Chọn bảng tính Excel (.xlsx, .xls) theo mẫu nhập đảng viên hoặc bản sao lưu Đảng Vụ (.zip) của đảng bộ cũ."
                    + " Chưa có gì được ghi cho đến khi bấm \"Gộp\".");
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ObjectProperty<MergePlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<BranchRow> branches = FXCollections.observableArrayList();
    private final ObservableList<UncertainRow> uncertain = FXCollections.observableArrayList();
    private final ObservableList<ContradictionRow> contradictions = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanBinding busy = phase.isEqualTo(Phase.OPENING).or(phase.isEqualTo(Phase.PREVIEWING))
            .or(phase.isEqualTo(Phase.MERGING));
    private final BooleanBinding canPreview = phase.isEqualTo(Phase.OPENED).or(phase.isEqualTo(Phase.PLANNED))
            .and(unitName.isNotEmpty()).and(joinDate.isNotNull());
    private final BooleanBinding canMerge = Bindings.createBooleanBinding(
            () -> phase.get() == Phase.PLANNED && plan.get() != null && plan.get().ready(), phase, plan);
    private MergeSource source;
    private MergePreview preview;
    private MergeChoices choices = MergeChoices.NONE;
    private AtomicBoolean cancelRequested = new AtomicBoolean();
    private Runnable onMerged = () -> { };

    public MergeViewModel(MergeService merge, Background background, DialogService dialogs, String userName) {
        this.merge = merge;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        // A preview is of one unit and one date: another name or date needs a new one.
        unitName.addListener((o, was, now) -> stale());
        joinDate.addListener((o, was, now) -> stale());
    }

    // ------------------------------------------------------------------ source

    /** Asks for the former unit's file and opens it. */
    public void chooseFile() {
        dialogs.chooseFile("Chọn dữ liệu của đảng bộ cũ", "Bảng tính Excel hoặc bản sao lưu Đảng Vụ",
                List.of("xlsx", "xls", "zip")).ifPresent(file -> open(file, null));
    }

    /** Opens the file in the background (a workbook is checked by the importer's rules), closing any other. */
    public void open(Path file, String password) {
        if (busy.get()) {
            return;
        }
        MergeSource previous = source;
        source = null;
        clearPlan();
        fileName.set(file.getFileName().toString());
        status.set("Đang đọc tệp…");
        progress.set(-1);
        phase.set(Phase.OPENING);
        background.run(() -> {
            if (previous != null) {
                previous.close();
            }
            MergeSource opened = merge.open(file, password);
            return new Opened(opened, opened.committee().map(c -> c.name()).orElse(null));
        }, opened -> {
            source = opened.source();
            progress.set(0);
            phase.set(Phase.OPENED);
            // A backup names its committee; a workbook does not, and another unit's name must not stay.
            unitName.set(opened.committee() != null ? opened.committee() : "");
            status.set("Nhập tên đảng bộ cũ, kiểm tra ngày hợp nhất rồi bấm \"Xem trước\".");
            if (opened.committee() != null) {
                preview();
            }
        }, error -> {
            progress.set(0);
            phase.set(Phase.EMPTY);
            status.set("");
            if (error instanceof MergeRefused refused && refused.passwordNeeded()) {
                summary.set(refused.getMessage());
                dialogs.askPassword("Mật khẩu bản sao lưu", "Mật khẩu của bản sao lưu " + file.getFileName())
                        .ifPresent(p -> open(file, p));
                return;
            }
            summary.set(message(error));
        });
    }

    private record Opened(MergeSource source, String committee) {
    }

    // ------------------------------------------------------------------ preview and choices

    /** Reads both sides once and plans with no choice made; writes nothing. */
    public void preview() {
        if (!canPreview.get()) {
            return;
        }
        FormerUnit unit;
        try {
            unit = new FormerUnit(unitName.get(), joinDate.get());
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        MergeSource reading = source;
        phase.set(Phase.PREVIEWING);
        progress.set(-1);
        status.set("Đang so sánh với dữ liệu hiện có…");
        background.run(() -> merge.preview(reading, unit), read -> {
            preview = read;
            choices = MergeChoices.NONE;
            progress.set(0);
            phase.set(Phase.PLANNED);
            replan();
        }, error -> {
            progress.set(0);
            phase.set(Phase.OPENED);
            status.set(message(error));
        });
    }

    /** Sends a source branch to a branch here (an existing name: into it) or to a new name. */
    public void mapBranch(String from, String to) {
        if (preview == null || to == null || to.isBlank()) {
            return;
        }
        Map<String, String> map = new LinkedHashMap<>(choices.branchMap());
        map.put(from, to.strip());
        choices = choices.withBranchMap(map);
        replan();
    }

    /** @param decision {@link #JOIN}, {@link #APART} or {@link #UNDECIDED} */
    public void decideUncertain(long sourceId, String decision) {
        if (preview == null || UNDECIDED.equals(decision)) {
            return;
        }
        choices = choices.withUncertain(sourceId, JOIN.equals(decision));
        replan();
    }

    /** @param kept {@link #KEEP_HERE} or {@link #TAKE_THERE} */
    public void settle(long sourceId, String field, String kept) {
        if (preview == null || UNDECIDED.equals(kept)) {
            return;
        }
        choices = choices.withSettled(sourceId, field, KEEP_HERE.equals(kept) ? Side.HERE : Side.THERE);
        replan();
    }

    private void replan() {
        MergePlan planned = merge.plan(preview, choices);
        plan.set(planned);
        branches.setAll(branchRows(planned));
        uncertain.setAll(planned.uncertain().stream().map(p -> new UncertainRow(p.match().there().id(),
                identity(p.match().there()), identity(p.match().here()), p.match().reason(),
                String.join("\n", p.match().differences()), p.join() == null ? UNDECIDED : p.join() ? JOIN : APART))
                .toList());
        contradictions.setAll(planned.contradictions().stream().map(c -> new ContradictionRow(c.sourcePersonId(),
                c.person(), c.contradiction().field(), c.contradiction().here(), c.contradiction().there(),
                c.right() == null ? UNDECIDED : c.right() == Side.HERE ? KEEP_HERE : TAKE_THERE)).toList());
        problems.setAll(planned.problems().stream().map(p -> (p.person().isEmpty() ? "" : p.person() + " — ")
                + p.field() + ": " + p.message()).toList());
        List<String> lines = MergeReport.text("", planned);
        summary.set(String.join("\n", lines.subList(1, lines.indexOf("  Chi bộ:"))).replace("\n  ", "\n").strip());
        status.set(planned.ready() ? "Không còn vấn đề nào. Bấm \"Gộp\" để ghi vào dữ liệu."
                : "Còn " + NumberFormats.count(planned.problems().size()) + " vấn đề cần quyết định. Chưa ghi gì.");
    }

    private List<BranchRow> branchRows(MergePlan planned) {
        List<SourceBranch> source = preview.sourceBranches();
        Map<String, String> suggested = BranchPlan.suggestions(source, preview.hereBranches(), planned.unit().name());
        List<BranchRow> rows = new ArrayList<>();
        for (BranchDecision d : planned.branches()) {
            LinkedHashSet<String> offered = new LinkedHashSet<>();
            offered.add(suggested.get(d.from().name()));
            offered.add(d.from().name());
            preview.hereBranches().stream().filter(b -> b.activeOn(planned.unit().joinedOn())).map(Branch::name)
                    .forEach(offered::add);
            String to = d.problem() != null ? choices.branchMap().getOrDefault(d.from().name(), "") : d.to();
            String result = d.describe() + (d.problem() != null || d.from().open() ? ""
                    : " (đã giải thể trước ngày hợp nhất)");
            rows.add(new BranchRow(d.from().name(), d.from().people(), to, result, d.problem() != null,
                    List.copyOf(offered)));
        }
        return rows;
    }

    private static String identity(vn.dangvu.model.merge.PersonKey key) {
        return key.describe() + (key.cardNumber() == null ? "" : "\nSố thẻ " + key.cardNumber())
                + (key.citizenId() == null ? "" : "\nCCCD " + key.citizenId());
    }

    // ------------------------------------------------------------------ merge

    /** Writes the ready plan after the clerk confirms: a verified backup first, then the source in one transaction. */
    public void mergeNow() {
        if (!canMerge.get()) {
            return;
        }
        MergePlan ready = plan.get();
        if (!dialogs.confirm("Gộp dữ liệu", "Gộp dữ liệu " + ready.unit().name() + " (hợp nhất ngày "
                + DateFormats.format(ready.unit().joinedOn()) + ") vào Đảng bộ? Một bản sao lưu được tạo trước khi gộp.")) {
            return;
        }
        AtomicBoolean cancel = new AtomicBoolean();
        cancelRequested = cancel;
        MergeSource writing = source;
        phase.set(Phase.MERGING);
        progress.set(0);
        status.set("Đang sao lưu rồi gộp…");
        background.run(() -> merge.apply(writing, ready, userName,
                        (done, total) -> background.onScreen(() -> progress.set(total == 0 ? 1 : (double) done / total)),
                        cancel::get),
                this::merged,
                error -> {
                    progress.set(0);
                    phase.set(Phase.PLANNED);
                    status.set(message(error));
                    if (!(error instanceof MergeCancelled) && !(error instanceof MergeRefused)) {
                        dialogs.showError("Không gộp được", message(error));
                    }
                });
    }

    private void merged(MergeResult result) {
        progress.set(1);
        phase.set(Phase.MERGED);
        status.set("Đã gộp dữ liệu " + result.plan().unit().name() + ". Biên bản tiếp nhận: " + result.handoverFile());
        onMerged.run();
    }

    /** Asks the running merge to stop at the next step; its transaction is then rolled back. */
    public void cancel() {
        if (phase.get() == Phase.MERGING) {
            cancelRequested.set(true);
            status.set("Đang hủy…");
        }
    }

    /** Closes the source (its scratch folder goes with it), in the background. */
    public void close() {
        MergeSource open = source;
        source = null;
        if (open != null) {
            background.run(() -> {
                open.close();
                return null;
            }, done -> { }, error -> { });
        }
    }

    /** Called after a merge, on the screen's thread (the register reloads). */
    public void setOnMerged(Runnable onMerged) {
        this.onMerged = onMerged;
    }

    private void stale() {
        if (phase.get() == Phase.PLANNED) {
            clearPlan();
            phase.set(Phase.OPENED);
            status.set("Tên hoặc ngày đã đổi: bấm \"Xem trước\" lại.");
        }
    }

    private void clearPlan() {
        preview = null;
        choices = MergeChoices.NONE;
        plan.set(null);
        branches.clear();
        uncertain.clear();
        contradictions.clear();
        problems.clear();
    }

    private static String message(Throwable error) {
        if (error instanceof MergeRefused refused && !refused.details().isEmpty()) {
            return refused.getMessage() + "\n" + String.join("\n", refused.details());
        }
        return DialogService.messageOf(error);
    }

    // ------------------------------------------------------------------ properties

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public StringProperty unitNameProperty() {
        return unitName;
    }

    public ObjectProperty<LocalDate> joinDateProperty() {
        return joinDate;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<MergePlan> planProperty() {
        return plan;
    }

    public ObservableList<BranchRow> branches() {
        return branches;
    }

    public ObservableList<UncertainRow> uncertain() {
        return uncertain;
    }

    public ObservableList<ContradictionRow> contradictions() {
        return contradictions;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public BooleanBinding busyProperty() {
        return busy;
    }

    public BooleanBinding canPreviewProperty() {
        return canPreview;
    }

    public BooleanBinding canMergeProperty() {
        return canMerge;
    }
}
