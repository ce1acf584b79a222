package vn.dangvu.ui.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.fee.FeeService;
import vn.dangvu.logic.meeting.MeetingService;
import vn.dangvu.logic.meeting.MeetingYear;
import vn.dangvu.logic.meeting.PrintedMinutes;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.VietnameseText;
import vn.dangvu.model.meeting.AtRiskMember;
import vn.dangvu.model.meeting.AtRiskMonths;
import vn.dangvu.model.meeting.MeetingCalendar;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.model.meeting.Minutes;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * The meetings screen (Sinh hoạt chi bộ): a branch and a year give the calendar grid, the list
 * of recorded meetings and the attendance rate; the at-risk members of the year are listed for
 * the whole committee. Printing a biên bản and deleting a meeting start here.
 */
public final class MeetingsViewModel {

    private static final String TITLE = "Sinh hoạt chi bộ";
    private static final String PRINT_TITLE = "In biên bản";
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private final MeetingService meetingService;
    private final FeeService feeService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final MeetingService service;
    private final Supplier<LocalDate> today;

    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<CalendarCell> months = FXCollections.observableArrayList();
    private final ObservableList<CalendarCell> quarters = FXCollections.observableArrayList();
    private final ObservableList<MeetingLine> meetings = FXCollections.observableArrayList();
    /** On the ground for removal: 3 months or more. */
    private final ObservableList<AtRiskMember> atRisk = FXCollections.observableArrayList();
    /** Approaching it: from the rule's warning count up to 2 months. */
    private final ObservableList<AtRiskMember> approaching = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingLine> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> selectedMonth = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty withPdf = new SimpleBooleanProperty(false);
    private final BooleanProperty pdfAvailable = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private boolean loading;

    public MeetingsViewModel(MeetingService meetingService, FeeService feeService, Background background,
                             DialogService dialogs, String userName, Supplier<LocalDate> today) {
        this.meetingService = meetingService;
        this.feeService = feeService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.service = meetingService;
        this.today = today;
        int current = today.get().getYear();
        for (int y = current + 1; y >= current - 10; y--) {
            years.add(y);
        }
        year.set(current);
        selectedMonth.set(YearMonth.from(today.get()));
        branch.addListener((o, a, b) -> reloadYear());
        year.addListener((o, a, b) -> {
            if (b != null && (selectedMonth.get() == null || selectedMonth.get().getYear() != b)) {
                selectedMonth.set(YearMonth.of(b, b == current ? today.get().getMonthValue() : 1));
            }
            reloadYear();
        });
        selected.addListener((o, a, line) -> {
            if (line != null) {
                selectedMonth.set(line.summary().month());
            }
        });
    }

    /** A form for a new or a recorded meeting. */
    public MeetingFormViewModel form() {
        return new MeetingFormViewModel(meetingService, background, dialogs, userName);
    }

    /** Loads the branches (and whether LibreOffice can make PDFs), then the chosen branch's year. */
    public void load() {
        Branch keep = branch.get();
        background.run(busy, () -> new Start(service.branches(), MeetingService.pdfAvailable()), start -> {
            pdfAvailable.set(start.pdf());
            withPdf.set(start.pdf());
            loading = true;
            branches.setAll(start.branches().stream()
                    .sorted(java.util.Comparator.comparing(Branch::name, NameOrder.withNumbers())).toList());
            loading = false;
            Branch chosen = keep == null ? null
                    : branches.stream().filter(b -> b.id().equals(keep.id())).findFirst().orElse(null);
            if (chosen == null) {
                chosen = branches.stream().filter(b -> b.activeOn(today.get())).findFirst()
                        .orElse(branches.isEmpty() ? null : branches.get(0));
            }
            if (chosen == branch.get()) {
                reloadYear();
            } else {
                branch.set(chosen);
            }
        }, this::failed);
    }

    private record Start(List<Branch> branches, boolean pdf) {
    }

    private record Loaded(MeetingYear year, List<AtRiskMember> atRisk) {
    }

    /** Asks the month and the valid reason for an at-risk member's month, then reads the list again. */
    public void recordValidReason(AtRiskMember member) {
        if (member == null) {
            dialogs.showError("Lý do chính đáng", "Chọn một đảng viên trong danh sách vắng.");
            return;
        }
        Optional<String> monthText = dialogs.askText("Lý do chính đáng",
                "Tháng vắng có lý do của " + member.name().full() + " (MM/yyyy):", "");
        if (monthText.isEmpty()) {
            return;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(monthText.get().strip(), java.time.format.DateTimeFormatter.ofPattern("MM/yyyy"));
        } catch (java.time.format.DateTimeParseException e) {
            dialogs.showError("Lý do chính đáng", "Tháng \"" + monthText.get() + "\" không đúng dạng MM/yyyy.");
            return;
        }
        Optional<String> reason = dialogs.askText("Lý do chính đáng", "Lý do (ốm, đi làm ăn xa có báo cáo…):", "");
        if (reason.isEmpty()) {
            return;
        }
        background.run(() -> {
            service.recordValidReason(member.memberId(), month, reason.get(), userName);
            return null;
        }, done -> reloadYear(), this::failed);
    }

    /** Reloads the calendar, the list and the at-risk members for the chosen branch and year. */
    public void reloadYear() {
        Branch b = branch.get();
        Integer y = year.get();
        if (loading || b == null || y == null) {
            return;
        }
        LocalDate day = today.get();
        background.run(busy, () -> new Loaded(service.year(b.id(), y, day),
                        service.atRisk(y, monthsWithoutFees(y, day))), loaded -> {
            show(loaded.year());
            atRisk.setAll(loaded.atRisk().stream().filter(AtRiskMember::reached).toList());
            approaching.setAll(loaded.atRisk().stream().filter(m -> !m.reached()).toList());
        }, this::failed);
    }

    private Map<Long, Set<YearMonth>> monthsWithoutFees(int y, LocalDate day) {
        Map<Long, Set<YearMonth>> months = new HashMap<>();
        feeService.unpaidMonths(y, day).forEach((id, unpaid) -> months.put(id, Set.copyOf(unpaid)));
        return months;
    }

    private void show(MeetingYear data) {
        MeetingCalendar calendar = data.calendar();
        List<CalendarCell> monthCells = new ArrayList<>();
        for (MeetingCalendar.Month m : calendar.months()) {
            String detail = m.meetings().stream().map(s -> DateFormats.format(s.date()).substring(0, 5)
                    + (s.kind() == MeetingKind.REGULAR ? "" : " (" + s.kind().label().toLowerCase() + ")"))
                    .reduce((x, z) -> x + ", " + z).orElse(m.regular().label());
            monthCells.add(new CalendarCell("Tháng " + m.month().getMonthValue(), m.month(), m.regular(), m.tooShort(),
                    detail + (m.tooShort() ? " · ngắn hơn quy định" : "")));
        }
        months.setAll(monthCells);
        List<CalendarCell> quarterCells = new ArrayList<>();
        for (MeetingCalendar.Quarter q : calendar.quarters()) {
            quarterCells.add(new CalendarCell("Quý " + QUARTERS[q.quarter() - 1] + " · chuyên đề",
                    YearMonth.of(calendar.year(), q.quarter() * 3), q.thematic(), false, q.thematic().label()));
        }
        quarters.setAll(quarterCells);
        meetings.setAll(data.meetings().stream().map(s -> new MeetingLine(s, service.lengthRules()
                .shortfall(s.kind(), s.date(), s.startsAt(), s.endsAt()).orElse(""))).toList());
        summary.set("Thường kỳ: đã họp " + calendar.regularHeld() + "/" + calendar.regularDue() + " tháng đến hạn"
                + " · Chuyên đề: " + calendar.thematicHeld() + "/" + calendar.thematicDue() + " quý đến hạn"
                + " · Tỷ lệ dự sinh hoạt: " + data.attendance().rate()
                + " · Vắng không lý do: " + data.attendance().unexcused() + " lượt");
    }

    private void failed(Throwable error) {
        dialogs.showError(TITLE, DialogService.messageOf(error));
    }

    /** A month cell or a meeting was picked: printing and new meetings use that month. */
    public void selectMonth(YearMonth month) {
        selectedMonth.set(month);
    }

    /** The day offered for a new meeting: today in the chosen month, else its first day. */
    public LocalDate dayForNewMeeting() {
        YearMonth month = selectedMonth.get() == null ? YearMonth.from(today.get()) : selectedMonth.get();
        LocalDate now = today.get();
        return YearMonth.from(now).equals(month) ? now : month.atDay(1);
    }

    /** Deletes the selected meeting after a confirmation. */
    public void deleteSelected() {
        MeetingLine line = selected.get();
        if (line == null) {
            return;
        }
        if (!dialogs.confirm(TITLE, "Xóa biên bản sinh hoạt ngày " + line.date() + " của "
                + branch.get().name() + "?\nĐiểm danh của buổi này cũng bị xóa.")) {
            return;
        }
        long id = line.id();
        background.run(busy, () -> {
            service.delete(id);
            return null;
        }, done -> {
            message.set("Đã xóa biên bản ngày " + line.date() + ".");
            reloadYear();
        }, this::failed);
    }

    /** A meeting was saved in the form. */
    public void saved(vn.dangvu.model.meeting.Meeting meeting) {
        message.set("Đã lưu biên bản sinh hoạt ngày " + DateFormats.format(meeting.date()) + ".");
        selectedMonth.set(meeting.month());
        if (year.get() != null && year.get() == meeting.date().getYear()) {
            reloadYear();
        } else {
            year.set(meeting.date().getYear());
        }
    }

    /**
     * "In biên bản…": the minutes recorded in the chosen month (if any) or a blank form for it,
     * then where to save; the .docx (and the PDF when ticked) are written in the background.
     */
    public void print() {
        Branch b = branch.get();
        YearMonth month = selectedMonth.get();
        if (b == null || month == null) {
            return;
        }
        String monthText = month.getMonthValue() + "/" + month.getYear();
        List<MeetingLine> recorded = meetings.stream().filter(l -> l.summary().month().equals(month)).toList();
        List<String> choices = new ArrayList<>();
        recorded.forEach(l -> choices.add(filledChoice(l)));
        choices.add("Mẫu trống tháng " + monthText + " để ghi tay");
        choices.add("Mẫu trống chuyên đề tháng " + monthText + " để ghi tay");
        Optional<String> choice = dialogs.choose(PRINT_TITLE, "In cho " + b.name() + ":", choices,
                choices.get(0));
        if (choice.isEmpty()) {
            return;
        }
        Optional<MeetingLine> filled = recorded.stream().filter(l -> filledChoice(l).equals(choice.get())).findFirst();
        boolean thematicBlank = choice.get().startsWith("Mẫu trống chuyên đề");
        String suggested = "bien-ban-" + VietnameseText.fold(b.name()).replaceAll("[^a-z0-9]+", "-") + "-"
                + month + (filled.isEmpty() ? "-mau-trong" : "") + ".docx";
        Optional<Path> file = dialogs.askSaveFile(PRINT_TITLE, suggested, "Tài liệu Word", ".docx");
        if (file.isEmpty()) {
            return;
        }
        boolean pdf = withPdf.get();
        LocalDate day = today.get();
        background.run(busy, () -> {
            Minutes minutes = filled.isPresent() ? service.minutesOf(service.load(filled.get().id()))
                    : service.blankMinutes(b.id(), month, thematicBlank, day);
            return service.print(minutes, file.get());
        }, printed -> {
            if (pdf) {
                addPdf(printed);
            } else {
                showPrinted(printed);
            }
        }, this::failed);
    }

    /** LibreOffice on its own thread, not the database's: its first start can take a minute. */
    private void addPdf(PrintedMinutes printed) {
        busy.set(true);
        message.set("Đang tạo bản PDF bằng LibreOffice…");
        MeetingService.addPdf(printed).thenAccept(withPdf -> background.onScreen(() -> {
            busy.set(false);
            showPrinted(withPdf);
        }));
    }

    private void showPrinted(PrintedMinutes printed) {
        String text = printedText(printed);
        message.set(text);
        dialogs.showInfo(PRINT_TITLE, text);
    }

    private static String filledChoice(MeetingLine line) {
        return "Biên bản đã ghi ngày " + line.date() + " (" + line.kind().toLowerCase() + ")";
    }

    private static String printedText(PrintedMinutes printed) {
        return "Đã lưu " + printed.docx().getFileName()
                + printed.pdf().map(p -> " và " + p.getFileName()).orElse("")
                + " trong " + printed.docx().toAbsolutePath().getParent() + "."
                + (printed.note().isEmpty() ? "" : "\n" + printed.note());
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<CalendarCell> months() {
        return months;
    }

    public ObservableList<CalendarCell> quarters() {
        return quarters;
    }

    public ObservableList<MeetingLine> meetings() {
        return meetings;
    }

    public ObservableList<AtRiskMember> atRisk() {
        return atRisk;
    }

    public ObservableList<AtRiskMember> approaching() {
        return approaching;
    }

    /** "Sắp đến căn cứ xóa tên: 2 tháng" (or "từ 1 đến 2 tháng"), from the office's rule. */
    public String approachingTitle() {
        int from = meetingService.atRiskRule().warnFrom();
        int to = AtRiskMonths.GROUND - 1;
        return from > to ? "" : "Sắp đến căn cứ xóa tên: " + (from == to ? from + " tháng" : "từ " + from + " đến " + to
                + " tháng");
    }

    public ObjectProperty<MeetingLine> selectedProperty() {
        return selected;
    }

    public ObjectProperty<YearMonth> selectedMonthProperty() {
        return selectedMonth;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanProperty withPdfProperty() {
        return withPdf;
    }

    public BooleanProperty pdfAvailableProperty() {
        return pdfAvailable;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
