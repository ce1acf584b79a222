package vn.dangvu.ui.paper;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.paper.MemberMissingPapers;
import vn.dangvu.model.paper.PaperType;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Hồ sơ còn thiếu: the members in đảng số of a branch (or all) whose file lacks papers of the
 * office's list, and the same lines saved to Excel to print.
 */
public final class MissingPapersViewModel {

    /** The first choice of the branch list: every branch. */
    public static final Branch EVERY_BRANCH = Branch.create("Tất cả chi bộ", BranchKind.VILLAGE, null);
    private static final String TITLE = "Hồ sơ còn thiếu";

    private final PaperService papers;
    private final BranchService branches;
    private final Background background;
    private final DialogService dialogs;
    private final Supplier<LocalDate> today;
    private final ObservableList<Branch> branchChoices = FXCollections.observableArrayList(EVERY_BRANCH);
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>(EVERY_BRANCH);
    private final ObservableList<MemberMissingPapers> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The branch the lines shown are of: what Excel saves, whatever is chosen meanwhile. */
    private Branch shown;

    public MissingPapersViewModel(PaperService papers, BranchService branches, Background background,
                                  DialogService dialogs, Supplier<LocalDate> today) {
        this.papers = papers;
        this.branches = branches;
        this.background = background;
        this.dialogs = dialogs;
        this.today = today;
        branch.addListener((o, was, now) -> {
            if (now != null) {
                loadLines();
            }
        });
    }

    /** Reads the branches active today, then the lines of the chosen one. */
    public void load() {
        background.run(busy, () -> branches.all().stream().filter(b -> b.activeOn(today.get())).toList(), found -> {
            Branch chosen = branch.get();
            branchChoices.setAll(found);
            branchChoices.add(0, EVERY_BRANCH);
            Branch keep = found.stream().filter(b -> b.id().equals(chosen.id())).findFirst().orElse(EVERY_BRANCH);
            boolean same = keep.equals(chosen); // an equal value set again tells no listener
            branch.set(keep);
            if (same) {
                loadLines();
            }
        }, this::failed);
    }

    private void loadLines() {
        Branch chosen = branch.get();
        background.run(busy, () -> papers.missing(chosen.id()), found -> {
            shown = chosen;
            lines.setAll(found);
            status.set(found.isEmpty() ? "Hồ sơ của mọi đảng viên " + scopeText(chosen) + " đã đủ giấy tờ."
                    : found.size() + " đảng viên " + scopeText(chosen) + " còn thiếu giấy tờ.");
        }, this::failed);
    }

    /** Saves the lines shown to an Excel sheet the clerk chooses. */
    public void saveExcel() {
        if (shown == null) {
            return;
        }
        Branch scope = shown;
        List<MemberMissingPapers> saved = List.copyOf(lines);
        Optional<Path> file = dialogs.askSaveFile("Lưu danh sách hồ sơ còn thiếu", "ho-so-con-thieu.xlsx",
                "Sổ làm việc Excel", ".xlsx");
        file.ifPresent(path -> background.run(busy, () -> {
            papers.saveMissing(scope == EVERY_BRANCH ? null : scope.name(), saved, path);
            return path;
        }, done -> status.set("Đã lưu danh sách (" + saved.size() + " đảng viên) vào " + done + "."), this::failed));
    }

    /** The papers a line lacks, as the table and the Excel sheet write them. */
    public static String missingText(MemberMissingPapers line) {
        return line.missing().stream().map(PaperType::name).collect(Collectors.joining("; "));
    }

    private static String scopeText(Branch scope) {
        return scope == EVERY_BRANCH ? "trong đảng bộ" : "của " + scope.name();
    }

    private void failed(Throwable failure) {
        dialogs.showError(TITLE, DialogService.messageOf(failure));
    }

    public ObservableList<Branch> branchChoices() {
        return branchChoices;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    public ObservableList<MemberMissingPapers> lines() {
        return lines;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return BooleanProperty.readOnlyBooleanProperty(busy);
    }
}
