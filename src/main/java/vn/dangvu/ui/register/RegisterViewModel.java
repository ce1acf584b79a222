package vn.dangvu.ui.register;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.register.MemberList;
import vn.dangvu.logic.register.MemberListRow;
import vn.dangvu.logic.register.RegisterExports;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;
import vn.dangvu.model.register.RegisterFilter;
import vn.dangvu.model.register.RegisterFilter.EthnicityFilter;
import vn.dangvu.model.register.RegisterFilter.StatusFilter;
import vn.dangvu.model.register.RegisterRow;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * The member register: everyone loaded once into memory, lines derived for the "as of" day,
 * searched and filtered on plain values. A new or just-edited member stays visible whatever
 * the filters until the clerk changes them.
 */
public final class RegisterViewModel {

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    /** Lines shown before the whole register is read: more than a window holds. */
    static final int FIRST_PAGE = 50;

    private final RegisterService registerService;
    private final BranchService branchService;
    private final RegisterExports registerExports;
    private final Background background;
    private final DialogService dialogs;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.IN_STRENGTH);
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
    private final ObjectProperty<EthnicityFilter> ethnicity = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> exempt = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(LocalDate.now());
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("Đang tải sổ đảng viên…");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper("Đang tải sổ đảng viên…");

    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObservableList<EthnicityFilter> ethnicities = FXCollections.observableArrayList();
    private final ObservableList<RegisterLine> allLines = FXCollections.observableArrayList();
    private final FilteredList<RegisterLine> lines = new FilteredList<>(allLines, line -> true);
    /** The lines in the order the table shows them: the view binds the table's sort to it. */
    private final SortedList<RegisterLine> sortedLines = new SortedList<>(lines);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);

    private List<RegisterEntry> entries = List.of();
    private Map<Long, String> branchNames = Map.of();
    private final Set<Long> pinned = new HashSet<>();
    private long strength;
    private Runnable onLoaded = () -> { };
    private boolean loadedOnce;

    public RegisterViewModel(RegisterService registerService, BranchService branchService,
                             RegisterExports registerExports, Background background, DialogService dialogs) {
        this.registerService = registerService;
        this.branchService = branchService;
        this.registerExports = registerExports;
        this.background = background;
        this.dialogs = dialogs;
        query.addListener((o, a, b) -> filtersChanged());
        for (ObjectProperty<?> filter : List.of(branch, status, sex, ageBand, ethnicity, exempt)) {
            filter.addListener((o, a, b) -> filtersChanged());
        }
        asOf.addListener((o, a, b) -> {
            if (b != null) {
                rebuildLines();
            }
        });
    }

    /**
     * Loads branches and the whole register in the background. The first time, the first page
     * (đảng số in name order) is read on its own first and shown while the rest loads: at
     * 100,000 members it is there in milliseconds, the whole register in seconds (decision 0006).
     */
    public void load() {
        statusText.set("Đang tải sổ đảng viên…");
        if (!loadedOnce) {
            LocalDate day = asOf.get();
            background.run(() -> new Loaded(branchService.all(),
                            registerService.firstPage(day, FIRST_PAGE)),
                    // A failure here is the full load's failure too: that one reports it, once.
                    this::firstPageLoaded, error -> { });
        }
        background.run(() -> new Loaded(branchService.all(), registerService.loadRegister()),
                loaded -> {
                    loadedOnce = true;
                    setBranches(loaded.branches());
                    entries = new ArrayList<>(loaded.entries());
                    ethnicities.setAll(ethnicityChoices(entries));
                    rebuildLines();
                    onLoaded.run();
                },
                this::failed);
    }

    private void firstPageLoaded(Loaded page) {
        if (loadedOnce) {
            return;
        }
        setBranches(page.branches());
        entries = new ArrayList<>(page.entries());
        rebuildLines();
    }

    private record Loaded(List<Branch> branches, List<RegisterEntry> entries) {
    }

    /** Reloads one person after a save and keeps them visible. */
    public void memberSaved(long memberId, Runnable then) {
        background.run(() -> registerService.loadEntry(memberId), entry -> {
            List<RegisterEntry> updated = new ArrayList<>(entries);
            updated.removeIf(e -> e.id() == memberId);
            int at = insertionPoint(updated, entry);
            updated.add(at, entry);
            entries = updated;
            pinned.add(memberId);
            rebuildLines();
            then.run();
        }, this::failed);
    }

    public void reloadBranches() {
        background.run(() -> branchService.all(), list -> {
            setBranches(list);
            rebuildLines();
        }, this::failed);
    }

    private void setBranches(List<Branch> list) {
        Map<Long, String> names = new HashMap<>();
        list.forEach(b -> names.put(b.id(), b.name()));
        branchNames = names;
        Branch selected = branch.get();
        branches.setAll(list);
        if (selected != null) {
            branch.set(list.stream().filter(b -> b.id().equals(selected.id())).findFirst().orElse(null));
        }
    }

    private static int insertionPoint(List<RegisterEntry> ordered, RegisterEntry entry) {
        var comparator = NameOrder.comparator();
        int low = 0;
        int high = ordered.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (comparator.compare(ordered.get(mid).name(), entry.name()) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static List<EthnicityFilter> ethnicityChoices(List<RegisterEntry> entries) {
        TreeSet<String> names = new TreeSet<>(NameOrder.collator());
        entries.forEach(e -> names.add(e.ethnicity()));
        List<EthnicityFilter> choices = new ArrayList<>();
        choices.add(EthnicityFilter.MINORITY);
        names.forEach(n -> choices.add(EthnicityFilter.named(n)));
        return choices;
    }

    /** Derives every line for the "as of" day (in memory: no database work). */
    private void rebuildLines() {
        LocalDate day = asOf.get();
        List<RegisterLine> built = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            RegisterRow row = entries.get(i).on(day);
            Long branchId = row.state().branchId();
            built.add(new RegisterLine(i, row, branchId == null ? "" : branchNames.getOrDefault(branchId, "")));
        }
        strength = built.stream().filter(l -> l.row().state().countsInPartyStrength()).count();
        allLines.setAll(built);
        applyFilter();
    }

    private void filtersChanged() {
        pinned.clear();
        applyFilter();
    }

    private void applyFilter() {
        RegisterFilter filter = currentFilter();
        List<String> words = filter.queryWords();
        Set<Long> keep = Set.copyOf(pinned);
        lines.setPredicate(line -> keep.contains(line.id())
                || (RegisterFilter.matchesQuery(line.row().entry(), words) && filter.matchesFilters(line.row())));
        updateStatusText();
    }

    public RegisterFilter currentFilter() {
        Branch b = branch.get();
        return new RegisterFilter(query.get(), b == null ? null : b.id(), status.get(), sex.get(), ageBand.get(),
                ethnicity.get(), exempt.get());
    }

    private void updateStatusText() {
        if (!loadedOnce) {
            statusText.set("Đang tải cả sổ đảng viên… (đang hiện " + NumberFormats.count(lines.size())
                    + " người đầu theo tên trong đảng số ngày " + DateFormats.format(asOf.get()) + ")");
            emptyMessage.set("Đang tải sổ đảng viên…");
            return;
        }
        statusText.set("Hiển thị " + NumberFormats.count(lines.size()) + " người · Đảng số ngày "
                + DateFormats.format(asOf.get()) + ": " + NumberFormats.count(strength) + " đảng viên");
        emptyMessage.set(entries.isEmpty()
                ? "Sổ chưa có đảng viên nào. Bấm \"Thêm đảng viên\" (Ctrl+N) để ghi người đầu tiên."
                : "Không có ai khớp với tìm kiếm và bộ lọc. Bấm \"Bỏ lọc\" để xem lại tất cả.");
    }

    /** Đảng số per branch on the "as of" day, for the branches screen. */
    public Map<Long, Integer> countsByBranch() {
        Map<Long, Integer> counts = new HashMap<>();
        for (RegisterLine line : allLines) {
            if (line.row().state().countsInPartyStrength()) {
                counts.merge(line.row().state().branchId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    public void clearFilters() {
        query.set("");
        branch.set(null);
        status.set(StatusFilter.IN_STRENGTH);
        sex.set(null);
        ageBand.set(null);
        ethnicity.set(null);
        exempt.set(null);
    }

    /**
     * Xuất Excel: writes what is on screen (the visible columns, in the table's filter and sort
     * order, with the "as of" day and the filters in the subtitle) to a file the clerk chooses.
     */
    public void exportToExcel() {
        if (!loadedOnce) {
            dialogs.showInfo("Xuất Excel", "Sổ đảng viên đang tải. Hãy xuất khi đã tải xong.");
            return;
        }
        LocalDate day = asOf.get();
        Optional<Path> file = dialogs.askSaveFile("Xuất danh sách đảng viên ra Excel",
                "Danh sách đảng viên " + day.format(FILE_DATE) + ".xlsx", "Bảng tính Excel", ".xlsx");
        if (file.isEmpty()) {
            return;
        }
        List<MemberListRow> rows = new ArrayList<>(sortedLines.size());
        for (RegisterLine line : sortedLines) {
            rows.add(new MemberListRow(line.fullName(), line.birthDate(), line.sex(), line.branchName(),
                    line.row().admissionDate(), line.row().officialDate(), line.status()));
        }
        MemberList list = new MemberList(day, filtersInWords(), rows);
        export(() -> registerExports.writeMemberList(list, file.get()),
                count -> "Đã ghi danh sách " + NumberFormats.count(count) + " người vào tệp\n" + file.get());
    }

    /** Sổ danh sách đảng viên (Mẫu 7-HSĐV) of the members in đảng số on a day the clerk chooses. */
    public void exportMemberBook() {
        String title = "Sổ danh sách đảng viên (Mẫu 7-HSĐV)";
        Optional<LocalDate> day = dialogs.askDate(title, "Đảng viên trong đảng số đến hết ngày",
                LocalDate.now());
        if (day.isEmpty()) {
            return;
        }
        Optional<Path> file = dialogs.askSaveFile(title,
                "Sổ danh sách đảng viên " + day.get().format(FILE_DATE) + ".xlsx", "Bảng tính Excel", ".xlsx");
        if (file.isEmpty()) {
            return;
        }
        export(() -> registerExports.writeMemberBook(day.get(), file.get()),
                count -> "Đã ghi sổ danh sách " + NumberFormats.count(count) + " đảng viên vào tệp\n" + file.get());
    }

    private void export(Callable<Integer> work, IntFunction<String> done) {
        statusText.set("Đang xuất Excel…");
        background.run(exporting, work, count -> {
            updateStatusText();
            dialogs.showInfo("Xuất Excel", done.apply(count));
        }, error -> {
            updateStatusText();
            dialogs.showError("Xuất Excel", DialogService.messageOf(error));
        });
    }

    /** "Trạng thái: Dự bị; chi bộ: Chi bộ thôn Nà Pàn; giới tính: Nữ" (empty when nothing narrows the list). */
    private String filtersInWords() {
        List<String> parts = new ArrayList<>();
        if (status.get() != null && status.get() != StatusFilter.ALL) {
            parts.add("trạng thái: " + status.get());
        }
        if (branch.get() != null) {
            parts.add("chi bộ: " + branch.get().name());
        }
        if (sex.get() != null) {
            parts.add("giới tính: " + sex.get().label());
        }
        if (ageBand.get() != null) {
            parts.add("tuổi " + ageBand.get().label());
        }
        if (ethnicity.get() != null) {
            parts.add(ethnicity.get().minority() ? "dân tộc thiểu số" : "dân tộc: " + ethnicity.get().name());
        }
        if (exempt.get() != null) {
            parts.add(exempt.get() ? "được miễn sinh hoạt" : "không miễn sinh hoạt");
        }
        if (!query.get().isBlank()) {
            parts.add("tìm: “" + query.get().strip() + "”");
        }
        String words = String.join("; ", parts);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private void failed(Throwable error) {
        statusText.set("Không tải được sổ đảng viên.");
        dialogs.showError("Sổ đảng viên", DialogService.messageOf(error));
    }

    public void setOnLoaded(Runnable onLoaded) {
        this.onLoaded = onLoaded;
    }

    public ObservableList<RegisterLine> lines() {
        return lines;
    }

    public SortedList<RegisterLine> sortedLines() {
        return sortedLines;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public int totalPeople() {
        return allLines.size();
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObservableList<EthnicityFilter> ethnicities() {
        return ethnicities;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public ObjectProperty<AgeBand> ageBandProperty() {
        return ageBand;
    }

    public ObjectProperty<EthnicityFilter> ethnicityProperty() {
        return ethnicity;
    }

    public ObjectProperty<Boolean> exemptProperty() {
        return exempt;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }
}
