package vn.dangvu.ui.fee;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.fee.FeeService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.fee.FeeBasis;
import vn.dangvu.model.fee.FeeBookRow;
import vn.dangvu.model.fee.FeeCategory;
import vn.dangvu.model.fee.FeeCell;
import vn.dangvu.model.fee.FeeExemption;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Đảng phí: the fee book of a branch for a year (who paid which months, amounts, arrears),
 * collecting a month at the meeting, a member paying up to a month, what a member's fee is
 * reckoned on, and the monthly or quarterly report in Excel.
 */
public final class FeesViewModel {

    private static final String NO_EXEMPTION = "Không miễn";

    private final BranchService branchService;
    private final FeeService feeService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final Supplier<LocalDate> today;
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    final StringProperty year;
    private final ObservableList<FeeBookRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<FeeBookRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public FeesViewModel(BranchService branchService, FeeService feeService, Background background,
                         DialogService dialogs, String userName, Supplier<LocalDate> today) {
        this.branchService = branchService;
        this.feeService = feeService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.today = today;
        year = new SimpleStringProperty(String.valueOf(today.get().getYear()));
        branch.addListener((o, was, now) -> loadBook());
    }

    /** Reads the branches, then the book of the chosen one. */
    public void load() {
        background.run(() -> branchService.all(), all -> {
            Branch current = branch.get();
            branches.setAll(all.stream().filter(b -> b.activeOn(today.get())).toList());
            if (current == null || !branches.contains(current)) {
                branch.set(branches.isEmpty() ? null : branches.get(0));
            } else {
                loadBook();
            }
        }, failure -> message.set(DialogService.messageOf(failure)));
    }

    public void loadBook() {
        Optional<Integer> shown = year();
        Branch chosen = branch.get();
        if (shown.isEmpty() || chosen == null) {
            return;
        }
        LocalDate asOf = today.get();
        background.run(() -> feeService.book(chosen.id(), shown.get(), asOf), book -> {
            rows.setAll(book);
            long paid = book.stream().mapToLong(FeeBookRow::paidTotal).sum();
            long owed = book.stream().mapToLong(FeeBookRow::arrearsAmount).sum();
            long inArrears = book.stream().filter(r -> !r.arrears().isEmpty()).count();
            boolean recorded = book.stream().flatMap(r -> r.cells().stream())
                    .noneMatch(c -> c.status() == FeeCell.Status.NOT_RECORDED);
            statusText.set(chosen.name() + ", năm " + shown.get() + ": " + NumberFormats.count(book.size())
                    + " đảng viên · đã thu " + NumberFormats.money(paid) + " · " + NumberFormats.count(inArrears)
                    + " người còn nợ " + NumberFormats.money(owed) + (recorded ? ""
                    : " · \"—\": tháng trước khi văn phòng bắt đầu ghi sổ đảng phí, không tính nợ"));
        }, failure -> message.set(DialogService.messageOf(failure)));
    }

    private Optional<Integer> year() {
        try {
            return Optional.of(Integer.parseInt(year.get().strip()));
        } catch (NumberFormatException e) {
            message.set("Năm \"" + year.get() + "\" không hợp lệ.");
            return Optional.empty();
        }
    }

    /**
     * The text of a month's cell: the amount paid, "miễn", "nợ" (the amounts owed are summed at the
     * end), "—" before the office began recording fees, or blank.
     */
    public static String cellText(FeeCell cell) {
        return switch (cell.status()) {
            case NOT_HERE -> "";
            case EXEMPT -> "miễn";
            case PAID -> NumberFormats.count(cell.paid());
            case UNPAID -> "nợ";
            case LATER -> "·";
            case NOT_RECORDED -> "—";
        };
    }

    /** Thu đảng phí tháng … at the meeting: everyone of the branch who owes it pays its amount. */
    public void payMonthForBranch() {
        Optional<Integer> shown = year();
        Branch chosen = branch.get();
        if (shown.isEmpty() || chosen == null) {
            return;
        }
        String title = "Thu đảng phí cả chi bộ";
        Optional<String> month = dialogs.choose(title, "Tháng thu (" + chosen.name() + ")", months(shown.get()),
                defaultMonth(shown.get()));
        Optional<LocalDate> paidOn = month.flatMap(m -> dialogs.askDate(title, "Ngày thu", today.get()));
        if (paidOn.isEmpty()) {
            return;
        }
        YearMonth ym = parse(month.get(), shown.get());
        background.run(() -> feeService.payMonth(chosen.id(), ym, paidOn.get(), userName),
                count -> {
                    message.set("Đã ghi " + NumberFormats.count(count) + " đảng viên đóng đảng phí " + month.get() + ".");
                    loadBook();
                }, failure -> dialogs.showError(title, DialogService.messageOf(failure)));
    }

    /** The selected member pays every owed month of the year up to the chosen one. */
    public void payThrough() {
        FeeBookRow row = selected.get();
        Optional<Integer> shown = year();
        if (row == null || shown.isEmpty()) {
            return;
        }
        String title = "Ghi đóng đảng phí";
        Optional<String> month = dialogs.choose(title, row.name().full() + " đóng đến hết",
                months(shown.get()), defaultMonth(shown.get()));
        Optional<LocalDate> paidOn = month.flatMap(m -> dialogs.askDate(title, "Ngày đóng", today.get()));
        if (paidOn.isEmpty()) {
            return;
        }
        YearMonth through = parse(month.get(), shown.get());
        background.run(() -> feeService.payThrough(row.memberId(), through, paidOn.get(),
                userName), count -> {
                    message.set(row.name().full() + ": đã ghi đóng " + NumberFormats.count(count) + " tháng.");
                    loadBook();
                }, failure -> dialogs.showError(title, DialogService.messageOf(failure)));
    }

    /** Đối tượng đóng đảng phí of the selected member: category, salary or pension, exemption. */
    public void editBasis() {
        FeeBookRow row = selected.get();
        if (row == null) {
            return;
        }
        String title = "Mức đóng đảng phí — " + row.name().full();
        DialogService d = dialogs;
        Optional<FeeCategory> category = d.choose(title, "Đối tượng", Arrays.asList(FeeCategory.values()),
                FeeCategory.OTHER);
        if (category.isEmpty()) {
            return;
        }
        Long base = null;
        if (category.get().needsBaseAmount()) {
            Optional<String> amount = d.askText(title, "Mức lương (lương hưu) hằng tháng, đồng", "");
            if (amount.isEmpty()) {
                return;
            }
            try {
                base = Long.parseLong(amount.get().replace(".", "").replace(" ", "").replace("đ", ""));
            } catch (NumberFormatException e) {
                d.showError(title, "Mức lương \"" + amount.get() + "\" không phải là số đồng.");
                return;
            }
        }
        List<String> exemptions = new ArrayList<>();
        exemptions.add(NO_EXEMPTION);
        Arrays.stream(FeeExemption.values()).forEach(x -> exemptions.add(x.label()));
        Optional<String> exemption = d.choose(title, "Miễn đảng phí", exemptions, NO_EXEMPTION);
        if (exemption.isEmpty()) {
            return;
        }
        FeeExemption reason = Arrays.stream(FeeExemption.values()).filter(x -> x.label().equals(exemption.get()))
                .findFirst().orElse(null);
        FeeBasis basis;
        try {
            basis = new FeeBasis(category.get(), base, reason, null, null, null);
        } catch (IllegalArgumentException e) {
            d.showError(title, e.getMessage());
            return;
        }
        background.run(() -> {
            feeService.saveBasis(row.memberId(), basis, userName);
            return null;
        }, done -> {
            message.set(row.name().full() + ": " + basis.describe() + (reason == null ? "" : ", miễn: " + reason.label()));
            loadBook();
        }, failure -> d.showError(title, DialogService.messageOf(failure)));
    }

    /** Báo cáo thu, nộp đảng phí of a month or a quarter, to Excel. */
    public void exportReport() {
        Optional<Integer> shown = year();
        if (shown.isEmpty()) {
            return;
        }
        String title = "Báo cáo thu, nộp đảng phí";
        List<String> periods = new ArrayList<>(List.of("Quý I", "Quý II", "Quý III", "Quý IV"));
        periods.addAll(months(shown.get()));
        LocalDate day = today.get();
        String quarter = periods.get(day.getYear() == shown.get() ? (day.getMonthValue() - 1) / 3 : 3); // the one in hand
        Optional<String> period = dialogs.choose(title, "Kỳ báo cáo năm " + shown.get(), periods, quarter);
        if (period.isEmpty()) {
            return;
        }
        YearMonth[] range = range(period.get(), shown.get());
        Optional<Path> file = dialogs.askSaveFile(title, "Bao cao dang phi " + period.get().replace("/", "-")
                + " " + shown.get() + ".xlsx", "Bảng tính Excel", ".xlsx");
        file.ifPresent(path -> background.run(
                () -> feeService.writeReport(range[0], range[1], today.get(), path),
                count -> message.set("Đã ghi báo cáo đảng phí (" + NumberFormats.count(count) + " chi bộ) vào tệp " + path),
                failure -> showError(title, failure)));
    }

    private void showError(String title, Throwable failure) {
        dialogs.showError(title, DialogService.messageOf(failure));
    }

    static YearMonth[] range(String period, int year) {
        if (period.startsWith("Quý")) {
            int quarter = List.of("Quý I", "Quý II", "Quý III", "Quý IV").indexOf(period);
            YearMonth from = YearMonth.of(year, quarter * 3 + 1);
            return new YearMonth[] {from, from.plusMonths(2)};
        }
        YearMonth month = parse(period, year);
        return new YearMonth[] {month, month};
    }

    /** "Tháng 1" … "Tháng 12". */
    private static List<String> months(int year) {
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add("Tháng " + m + "/" + year);
        }
        return months;
    }

    private String defaultMonth(int year) {
        LocalDate day = today.get();
        return "Tháng " + (day.getYear() == year ? day.getMonthValue() : 12) + "/" + year;
    }

    private static YearMonth parse(String month, int year) {
        return YearMonth.of(year, Integer.parseInt(month.substring("Tháng ".length(), month.indexOf('/'))));
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObservableList<FeeBookRow> rows() {
        return rows;
    }

    public ObjectProperty<FeeBookRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
