package vn.dangvu.ui.branch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.PersonName;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * The branches screen (Chi bộ): the list with its status and đảng số, and the dated changes
 * the clerk makes to it (add, rename, change kind, dissolve, merge). All state and checks live
 * here; the view only binds to it. Service calls always go through the {@link Background}.
 */
public final class BranchesViewModel {

    static final String ACTIVE = "Đang hoạt động";

    private static final String ADD_TITLE = "Thêm chi bộ";
    private static final String RENAME_TITLE = "Đổi tên chi bộ";
    private static final String KIND_TITLE = "Đổi loại chi bộ";
    private static final String DISSOLVE_TITLE = "Giải thể chi bộ";
    private static final String MERGE_TITLE = "Sáp nhập chi bộ";
    private static final String LOAD_TITLE = "Chi bộ";

    private final BranchService service;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final Supplier<LocalDate> today;

    private final ObservableList<BranchRow> allRows = FXCollections.observableArrayList();
    private final FilteredList<BranchRow> rows = new FilteredList<>(allRows, row -> !row.ended());
    private final BooleanProperty showDissolved = new SimpleBooleanProperty(false);
    private final ObjectProperty<BranchRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("Đang tải danh sách chi bộ…");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final BooleanBinding selectionMissing;
    private final BooleanBinding selectionNotActive;

    // The "Thêm chi bộ" form.
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<BranchKind> newKind = new SimpleObjectProperty<>(BranchKind.VILLAGE);
    private final StringProperty newFoundedText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newBranchError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper newBranchValid = new ReadOnlyBooleanWrapper(false);

    private List<Branch> branches = List.of();
    private Map<Long, Integer> counts;
    private Runnable onChanged = () -> { };

    /**
     * @param userName recorded on the branch-move events of a merge
     * @param today    the default date offered by the dialogs
     */
    public BranchesViewModel(BranchService service, Background background, DialogService dialogs, String userName,
                             Supplier<LocalDate> today) {
        this.service = service;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.today = today;
        showDissolved.addListener((o, was, show) -> {
            rows.setPredicate(show ? row -> true : row -> !row.ended());
            BranchRow current = selected.get();
            if (current != null && !rows.contains(current)) {
                selected.set(null);
            }
            updateStatusText();
        });
        selectionMissing = selected.isNull().or(busy);
        selectionNotActive = Bindings.createBooleanBinding(
                () -> busy.get() || selected.get() == null || selected.get().ended(), selected, busy);
        newName.addListener((o, a, b) -> validateNewBranch());
        newKind.addListener((o, a, b) -> validateNewBranch());
        newFoundedText.addListener((o, a, b) -> validateNewBranch());
        validateNewBranch();
    }

    // ---------------------------------------------------------------- state

    /** The rows shown: active branches, or all of them with {@link #showDissolvedProperty()}. */
    public ObservableList<BranchRow> rows() {
        return rows;
    }

    /** Every branch ever recorded, dissolved and merged ones included. */
    public ObservableList<BranchRow> allRows() {
        return FXCollections.unmodifiableObservableList(allRows);
    }

    /** "Hiện cả chi bộ đã giải thể". */
    public BooleanProperty showDissolvedProperty() {
        return showDissolved;
    }

    public ObjectProperty<BranchRow> selectedProperty() {
        return selected;
    }

    /** For "Đổi tên" and "Đổi loại": no row selected (or work in progress). */
    public BooleanBinding selectionMissingProperty() {
        return selectionMissing;
    }

    /** For "Giải thể" and "Sáp nhập vào…": no row selected, or it is already dissolved. */
    public BooleanBinding selectionNotActiveProperty() {
        return selectionNotActive;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The summary line: how many branches are active, dissolved, and the total đảng số. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** What the last change did ("Đã giải thể … từ ngày …"), empty before any. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<BranchKind> newKindProperty() {
        return newKind;
    }

    /** The founding date as typed (dd/MM/yyyy), empty when unknown. */
    public StringProperty newFoundedTextProperty() {
        return newFoundedText;
    }

    /** Why the new branch cannot be added yet, empty when it can. */
    public ReadOnlyStringProperty newBranchErrorProperty() {
        return newBranchError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty newBranchValidProperty() {
        return newBranchValid.getReadOnlyProperty();
    }

    /** Called after every change saved, so the main window can reload the register and the counts. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> { } : onChanged;
    }

    /** Đảng số per branch id, computed by the main window from the register; null clears the column. */
    public void setCountsByBranch(Map<Long, Integer> countsByBranch) {
        counts = countsByBranch == null ? null : Map.copyOf(countsByBranch);
        for (BranchRow row : allRows) {
            row.setMemberCount(countOf(row.id()));
        }
        updateStatusText();
    }

    private Integer countOf(long branchId) {
        return counts == null ? null : counts.getOrDefault(branchId, 0);
    }

    // ---------------------------------------------------------------- loading

    /** Reloads the branches in the background, keeping the selection when it is still shown. */
    public void load() {
        BranchRow current = selected.get();
        reload(current == null ? null : current.id(), () -> { });
    }

    private void reload(Long selectId, Runnable then) {
        run(LOAD_TITLE, () -> service.all(), list -> {
            setBranches(list, selectId);
            then.run();
        });
    }

    private void setBranches(List<Branch> list, Long selectId) {
        branches = new ArrayList<>(list);
        branches.sort(Comparator.comparing(Branch::name, NameOrder.withNumbers()));
        Map<Long, String> names = new HashMap<>();
        branches.forEach(b -> names.put(b.id(), b.name()));
        List<BranchRow> built = new ArrayList<>(branches.size());
        for (Branch branch : branches) {
            built.add(new BranchRow(branch, statusOf(branch, names), countOf(branch.id())));
        }
        allRows.setAll(built);
        selected.set(selectId == null ? null
                : rows.stream().filter(r -> r.id() == selectId).findFirst().orElse(null));
        validateNewBranch();
        updateStatusText();
    }

    /** "Đang hoạt động", "Giải thể 12/03/2020" or "Sáp nhập vào Chi bộ X từ 01/07/2025". */
    static String statusOf(Branch branch, Map<Long, String> namesById) {
        if (branch.dissolvedOn() == null) {
            return ACTIVE;
        }
        if (branch.mergedIntoId() != null) {
            String into = namesById.getOrDefault(branch.mergedIntoId(), "chi bộ khác");
            return "Sáp nhập vào " + into + " từ " + DateFormats.format(branch.dissolvedOn());
        }
        return "Giải thể " + DateFormats.format(branch.dissolvedOn());
    }

    private void updateStatusText() {
        long active = allRows.stream().filter(r -> !r.ended()).count();
        long ended = allRows.size() - active;
        StringBuilder text = new StringBuilder();
        text.append(formatCount((int) active)).append(" chi bộ đang hoạt động");
        if (ended > 0) {
            text.append(" · ").append(formatCount((int) ended)).append(" chi bộ đã giải thể hoặc sáp nhập");
            if (!showDissolved.get()) {
                text.append(" (đang ẩn)");
            }
        }
        if (counts != null) {
            int total = allRows.stream().filter(r -> !r.ended())
                    .mapToInt(r -> r.memberCount() == null ? 0 : r.memberCount()).sum();
            text.append(" · Đảng số: ").append(formatCount(total));
        }
        statusText.set(text.toString());
    }

    /** Vietnamese grouping: 8.341. Empty for an unknown count. */
    public static String formatCount(Integer count) {
        if (count == null) {
            return "";
        }
        return NumberFormats.count(count);
    }

    // ---------------------------------------------------------------- adding

    /** Clears the "Thêm chi bộ" form. */
    public void beginAdd() {
        newName.set("");
        newKind.set(BranchKind.VILLAGE);
        newFoundedText.set("");
        validateNewBranch();
    }

    private void validateNewBranch() {
        String error = newBranchProblem();
        newBranchError.set(error);
        newBranchValid.set(error.isEmpty());
    }

    private String newBranchProblem() {
        String name = PersonName.clean(newName.get());
        if (name.isEmpty()) {
            return "Nhập tên chi bộ.";
        }
        if (branches.stream().anyMatch(b -> b.name().equalsIgnoreCase(name))) {
            return "Đã có chi bộ tên \"" + name + "\".";
        }
        if (newKind.get() == null) {
            return "Chọn loại chi bộ.";
        }
        String founded = newFoundedText.get();
        if (founded != null && !founded.isBlank() && DateFormats.parse(founded).isEmpty()) {
            return "Ngày thành lập \"" + founded.strip() + "\" không hợp lệ (dạng dd/MM/yyyy).";
        }
        return "";
    }

    /** Saves the branch of the form; false (with the reason shown) when the form is not valid. */
    public boolean add() {
        validateNewBranch();
        if (!newBranchValid.get()) {
            dialogs.showError(ADD_TITLE, newBranchError.get());
            return false;
        }
        String name = PersonName.clean(newName.get());
        BranchKind kind = newKind.get();
        LocalDate foundedOn = DateFormats.parse(newFoundedText.get()).orElse(null);
        run(ADD_TITLE, () -> service.create(name, kind, foundedOn),
                created -> changed(created.id(), "Đã thêm " + created.name()
                        + (foundedOn == null ? "" : ", thành lập " + DateFormats.format(foundedOn)) + "."));
        return true;
    }

    // ---------------------------------------------------------------- changes of the selected branch

    /** "Đổi tên": the new name, then the day from which it applies (the old name stays valid before it). */
    public void rename() {
        BranchRow row = selected.get();
        if (row == null) {
            return;
        }
        Optional<String> answer = dialogs.askText(RENAME_TITLE, "Tên mới của " + row.name() + ":",
                row.name());
        if (answer.isEmpty()) {
            return;
        }
        String newNameValue = PersonName.clean(answer.get());
        if (newNameValue.isEmpty() || newNameValue.equals(row.name())) {
            return;
        }
        Optional<LocalDate> from = dialogs.askDate(RENAME_TITLE,
                "Tên \"" + newNameValue + "\" dùng từ ngày:", today.get());
        if (from.isEmpty()) {
            return;
        }
        LocalDate on = from.get();
        if (row.foundedOn() != null && on.isBefore(row.foundedOn())) {
            dialogs.showError(RENAME_TITLE, "Ngày đổi tên " + DateFormats.format(on)
                    + " trước ngày thành lập " + DateFormats.format(row.foundedOn()) + " của " + row.name() + ".");
            return;
        }
        long id = row.id();
        String oldName = row.name();
        run(RENAME_TITLE, () -> service.rename(id, newNameValue, on),
                renamed -> changed(id, "Đã đổi tên " + oldName + " thành " + renamed.name()
                        + " từ ngày " + DateFormats.format(on) + "."));
    }

    /** "Đổi loại". */
    public void changeKind() {
        BranchRow row = selected.get();
        if (row == null) {
            return;
        }
        Optional<BranchKind> kind = dialogs.choose(KIND_TITLE, "Loại của " + row.name() + ":",
                List.of(BranchKind.values()), row.kind());
        if (kind.isEmpty() || kind.get() == row.kind()) {
            return;
        }
        long id = row.id();
        BranchKind chosen = kind.get();
        run(KIND_TITLE, () -> service.changeKind(id, chosen),
                changed -> changed(id, "Đã đổi loại " + changed.name() + " thành \"" + chosen.label() + "\"."));
    }

    /** "Giải thể": the day, a confirmation; refused while someone still belongs to the branch. */
    public void dissolve() {
        BranchRow row = selected.get();
        if (row == null || row.ended()) {
            return;
        }
        Optional<LocalDate> date = dialogs.askDate(DISSOLVE_TITLE, "Ngày giải thể " + row.name() + ":",
                today.get());
        if (date.isEmpty()) {
            return;
        }
        LocalDate on = date.get();
        if (!dialogs.confirm(DISSOLVE_TITLE, "Giải thể " + row.name() + " từ ngày "
                + DateFormats.format(on) + "?\nChi bộ vẫn được giữ trong lịch sử nhưng không nhận thêm ai từ ngày này.")) {
            return;
        }
        long id = row.id();
        String name = row.name();
        run(DISSOLVE_TITLE, () -> service.dissolve(id, on),
                dissolved -> changed(id, "Đã giải thể " + name + " từ ngày " + DateFormats.format(on) + "."));
    }

    /** The branches the selected one can be merged into: the other active ones. */
    public List<Branch> mergeTargets() {
        BranchRow row = selected.get();
        return branches.stream()
                .filter(b -> b.dissolvedOn() == null && (row == null || b.id() != row.id()))
                .toList();
    }

    /** "Sáp nhập vào…": the target, the day, a confirmation; then how many people were moved. */
    public void merge() {
        BranchRow row = selected.get();
        if (row == null || row.ended()) {
            return;
        }
        List<Branch> targets = mergeTargets();
        if (targets.isEmpty()) {
            dialogs.showError(MERGE_TITLE, "Không có chi bộ nào khác đang hoạt động để sáp nhập "
                    + row.name() + " vào.");
            return;
        }
        Optional<Branch> target = dialogs.choose(MERGE_TITLE, "Sáp nhập " + row.name() + " vào:",
                targets, null);
        if (target.isEmpty()) {
            return;
        }
        Branch into = target.get();
        Optional<LocalDate> date = dialogs.askDate(MERGE_TITLE, "Ngày sáp nhập:", today.get());
        if (date.isEmpty()) {
            return;
        }
        LocalDate on = date.get();
        if (!dialogs.confirm(MERGE_TITLE, "Sáp nhập " + row.name() + " vào " + into.name()
                + " từ ngày " + DateFormats.format(on) + "?\nMọi người đang sinh hoạt ở " + row.name()
                + " sẽ chuyển sang " + into.name() + " từ ngày này.")) {
            return;
        }
        long id = row.id();
        String name = row.name();
        String recordedBy = userName;
        run(MERGE_TITLE, () -> service.merge(id, into.id(), on, recordedBy), moved -> {
            String text = "Đã sáp nhập " + name + " vào " + into.name() + " từ ngày " + DateFormats.format(on)
                    + ". " + (moved == 0 ? "Không có đảng viên nào phải chuyển."
                    : "Đã chuyển " + formatCount(moved) + " đảng viên sang " + into.name() + ".");
            changed(into.id(), text);
            dialogs.showInfo(MERGE_TITLE, text);
        });
    }

    // ---------------------------------------------------------------- plumbing

    private void changed(Long selectId, String text) {
        message.set(text);
        reload(selectId, () -> { });
        onChanged.run();
    }

    private <T> void run(String title, Callable<T> work, Consumer<T> onSuccess) {
        background.run(busy, work, onSuccess, error -> dialogs.showError(title, messageOf(error)));
    }

    /** Our own refusal in the cause chain first (a transaction may wrap it), else the error's message. */
    static String messageOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RecordRejected || t instanceof IllegalArgumentException) {
                return DialogService.messageOf(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return DialogService.messageOf(error);
    }
}
