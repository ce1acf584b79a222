package vn.dangvu.ui.transfer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.logic.transfer.TransferService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.transfer.ExpectedTransfer;
import vn.dangvu.model.transfer.LetterLine;
import vn.dangvu.model.transfer.TemporaryStay;
import vn.dangvu.model.transfer.TransferEvent;
import vn.dangvu.model.transfer.TransferKind;
import vn.dangvu.model.transfer.TransferLetter;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Chuyển sinh hoạt đảng: the year's Mẫu 10-SHĐ register, letters waiting for the destination's
 * confirmation, temporary stays both ways, and the form for a transfer out.
 */
public final class TransfersViewModel {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("M/yyyy");

    private final RegisterService registerService;
    private final BranchService branchService;
    private final TransferService transferService;
    private final FeeService feeService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final Supplier<LocalDate> today;

    final StringProperty year;
    private final ObservableList<LetterLine> letters = FXCollections.observableArrayList();
    private final ObservableList<LetterLine> pending = FXCollections.observableArrayList();
    private final ObservableList<StayLine> stays = FXCollections.observableArrayList();
    private final ObservableList<MemberChoice> members = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private List<TransferEvent> withoutLetter = List.of();

    // Ghi chuyển đi: the form on the right.
    final ObjectProperty<MemberChoice> member = new SimpleObjectProperty<>();
    final ObjectProperty<TransferKind> kind = new SimpleObjectProperty<>(TransferKind.OFFICIAL_OUT);
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty letterNumber = new SimpleStringProperty("");
    final StringProperty organisation = new SimpleStringProperty("");
    final StringProperty province = new SimpleStringProperty("");
    final StringProperty district = new SimpleStringProperty("");
    final StringProperty feesThrough = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");

    private Runnable onChanged = () -> { };

    /** A temporary stay with which way it goes. */
    public record StayLine(TemporaryStay stay, boolean hosted) {
        public String kindLabel() {
            return hosted ? "Sinh hoạt tạm thời tại Đảng bộ (không tính vào đảng số)"
                    : "Đi sinh hoạt tạm thời nơi khác (vẫn tính vào đảng số)";
        }
    }

    public TransfersViewModel(RegisterService registerService, BranchService branchService,
                              TransferService transferService, FeeService feeService, Background background,
                              DialogService dialogs, String userName, Supplier<LocalDate> today) {
        this.registerService = registerService;
        this.branchService = branchService;
        this.transferService = transferService;
        this.feeService = feeService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        this.today = today;
        year = new SimpleStringProperty(String.valueOf(today.get().getYear()));
        date.set(DateFormats.format(today.get()));
        member.addListener((o, was, chosen) -> prefillFees(chosen));
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    /** Reads the year's register, the pending letters, the stays and the members who can leave. */
    public void load() {
        Optional<Integer> shown = year();
        if (shown.isEmpty()) {
            return;
        }
        LocalDate day = today.get();
        background.run(() -> new Loaded(transferService.overview(shown.get(), day),
                        registerService.loadRegister(), branchService.all()),
                loaded -> show(loaded, day), failure -> message.set(DialogService.messageOf(failure)));
    }

    private record Loaded(TransferService.Overview overview, List<RegisterEntry> register, List<Branch> branches) {
    }

    private void show(Loaded loaded, LocalDate day) {
        TransferService.Overview overview = loaded.overview();
        letters.setAll(overview.lines());
        pending.setAll(overview.pending());
        List<StayLine> both = new ArrayList<>();
        overview.away().forEach(s -> both.add(new StayLine(s, false)));
        overview.hosted().forEach(s -> both.add(new StayLine(s, true)));
        stays.setAll(both);
        withoutLetter = overview.withoutLetter();
        Map<Long, String> branchNames = new HashMap<>();
        loaded.branches().forEach(b -> branchNames.put(b.id(), b.name()));
        List<RegisterEntry> inside = new ArrayList<>();
        for (RegisterEntry entry : loaded.register()) {
            MembershipState state = entry.history().stateOn(day);
            if (state.countsInPartyStrength() && !state.temporarilyAway()) {
                inside.add(entry);
            }
        }
        inside.sort(Comparator.comparing(RegisterEntry::name, NameOrder.comparator()));
        members.setAll(inside.stream().map(e -> MemberChoice.of(e, branchNames.get(e.history().stateOn(day).branchId())))
                .toList());
        statusText.set("Năm " + overview.year() + ": " + NumberFormats.count(overview.lines().size())
                + " giấy giới thiệu · " + NumberFormats.count(overview.pending().size()) + " chờ xác nhận tiếp nhận · "
                + NumberFormats.count(overview.away().size()) + " đi tạm thời · "
                + NumberFormats.count(overview.hosted().size()) + " đến tạm thời"
                + (withoutLetter.isEmpty() ? "" : " · " + NumberFormats.count(withoutLetter.size())
                + " lần chuyển đến chưa vào sổ"));
    }

    private Optional<Integer> year() {
        try {
            int value = Integer.parseInt(year.get().strip());
            if (value >= 1930 && value <= 2100) {
                return Optional.of(value);
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message
        }
        message.set("Năm \"" + year.get() + "\" không hợp lệ.");
        return Optional.empty();
    }

    /** "Đã đóng đảng phí hết tháng": the latest month paid, as the fee book has it. */
    private void prefillFees(MemberChoice chosen) {
        if (chosen == null) {
            return;
        }
        background.run(() -> feeService.lastPaidMonth(chosen.id()),
                last -> feesThrough.set(last.map(m -> m.format(MONTH)).orElse("")), failure -> { });
    }

    /** Records the transfer out with its letter; the form keeps what was typed if refused. */
    public void recordOut() {
        formError.set("");
        Optional<MembershipEvent> event = outEvent();
        Optional<TransferLetter> letter = event.flatMap(e -> letter(e.date()));
        if (event.isEmpty() || letter.isEmpty()) {
            return;
        }
        long memberId = member.get().id();
        background.run(() -> transferService.record(memberId, event.get(), letter.get(),
                        userName),
                line -> {
                    message.set("Đã ghi " + line.kind().toString().toLowerCase(java.util.Locale.ROOT) + " của "
                            + line.name().full() + ", số thứ tự " + line.letter().number() + " trong sổ năm "
                            + line.letter().year() + ".");
                    clearForm();
                    changed();
                },
                failure -> formError.set(DialogService.messageOf(failure)));
    }

    private Optional<MembershipEvent> outEvent() {
        if (member.get() == null) {
            formError.set("Chọn đảng viên chuyển đi.");
            return Optional.empty();
        }
        Optional<LocalDate> on = DateFormats.parse(date.get());
        if (on.isEmpty()) {
            formError.set("Ngày chuyển đi \"" + date.get() + "\" không đúng dạng dd/MM/yyyy.");
            return Optional.empty();
        }
        if (on.get().isAfter(today.get())) {
            formError.set("Ngày chuyển đi " + DateFormats.format(on.get()) + " ở tương lai.");
            return Optional.empty();
        }
        if (organisation.get().isBlank()) {
            formError.set("Chưa nhập tổ chức đảng nơi chuyển đến.");
            return Optional.empty();
        }
        OtherOrganisation other = new OtherOrganisation(organisation.get(), province.get(), district.get());
        return Optional.of(new MembershipEvent(null, kind.get().eventType(), on.get(), null, null, other, note.get(),
                userName));
    }

    private Optional<TransferLetter> letter(LocalDate on) {
        Optional<YearMonth> fees = month(feesThrough.get());
        if (fees == null) {
            formError.set("Tháng đã đóng đảng phí \"" + feesThrough.get() + "\" không đúng dạng MM/yyyy (ví dụ 5/2026).");
            return Optional.empty();
        }
        try {
            return Optional.of(TransferLetter.draft(letterNumber.get(), on, fees.orElse(null)));
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
            return Optional.empty();
        }
    }

    /** Empty for a blank text, null for one that is not a month. */
    static Optional<YearMonth> month(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip(), MONTH));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The destination confirmed the member presented the letter. */
    public void confirmReceipt(LetterLine line) {
        if (line == null) {
            return;
        }
        Optional<LocalDate> on = dialogs.askDate("Xác nhận tiếp nhận", "Ngày nơi đến xác nhận đã tiếp nhận "
                + line.name().full(), today.get());
        on.ifPresent(day -> background.run(() -> {
            transferService.confirmReceipt(line.letter().id(), day);
            return null;
        }, done -> {
            message.set("Đã ghi xác nhận tiếp nhận " + line.name().full() + " ngày " + DateFormats.format(day) + ".");
            changed();
        }, failure -> dialogs.showError("Xác nhận tiếp nhận", DialogService.messageOf(failure))));
    }

    /** Back from a temporary transfer, or a hosted member leaving. */
    public void endStay(StayLine line) {
        if (line == null) {
            return;
        }
        String what = line.hosted() ? "Kết thúc sinh hoạt tạm thời" : "Trở về sau sinh hoạt tạm thời";
        Optional<LocalDate> on = dialogs.askDate(what, what + " của " + line.stay().name().full()
                + ", ngày", today.get());
        on.ifPresent(day -> background.run(
                () -> transferService.endTemporary(line.stay().memberId(), day, null, userName),
                done -> {
                    message.set("Đã ghi: " + what.toLowerCase(java.util.Locale.ROOT) + " của "
                            + line.stay().name().full() + ".");
                    changed();
                }, failure -> dialogs.showError(what, DialogService.messageOf(failure))));
    }

    /** Enters the letter of an arrival recorded with the member's record (Thêm đảng viên, chuyển đến). */
    public void registerIncoming() {
        String title = "Vào sổ giấy giới thiệu đến";
        if (withoutLetter.isEmpty()) {
            dialogs.showInfo(title, "Không có lần chuyển đến nào chưa vào sổ. Người chuyển đến được thêm bằng "
                    + "\"Thêm đảng viên\" (chọn \"Chuyển đến từ nơi khác\"), rồi vào sổ ở đây.");
            return;
        }
        List<TransferEvent> newestFirst = new ArrayList<>(withoutLetter);
        Collections.reverse(newestFirst); // the letter in hand is usually the latest arrival
        Optional<TransferEvent> chosen = dialogs.choose(title, "Lần chuyển sinh hoạt", newestFirst,
                newestFirst.get(0));
        if (chosen.isEmpty()) {
            return;
        }
        Optional<String> number = dialogs.askText(title, "Số giấy giới thiệu", "");
        if (number.isEmpty()) {
            return;
        }
        Optional<LocalDate> received = dialogs.askDate(title, "Ngày nhận giấy giới thiệu",
                chosen.get().event().date());
        if (received.isEmpty()) {
            return;
        }
        Optional<String> fees = dialogs.askText(title, "Đã đóng đảng phí hết tháng (MM/yyyy, để trống nếu không ghi)", "");
        if (fees.isEmpty()) {
            return;
        }
        Optional<YearMonth> paid = month(fees.get());
        if (paid == null) {
            dialogs.showError(title, "Tháng \"" + fees.get() + "\" không đúng dạng MM/yyyy (ví dụ 5/2026).");
            return;
        }
        TransferEvent arrival = chosen.get();
        background.run(() -> transferService.registerLetter(arrival.memberId(), arrival.event().id(),
                        TransferLetter.draft(number.get(), received.get(), paid.orElse(null)), userName),
                line -> {
                    message.set("Đã vào sổ giấy giới thiệu của " + line.name().full() + ", số thứ tự "
                            + line.letter().number() + " năm " + line.letter().year() + ".");
                    changed();
                }, failure -> dialogs.showError(title, DialogService.messageOf(failure)));
    }

    /** A member who must start an official transfer (new workplace, retirement): due in 60 working days. */
    public void expectTransfer() {
        String title = "Đảng viên phải chuyển sinh hoạt";
        if (members.isEmpty()) {
            return;
        }
        Optional<MemberChoice> who = dialogs.choose(title, "Đảng viên", members, members.get(0));
        Optional<String> reason = who.flatMap(w -> dialogs.askText(title,
                "Lý do (nghỉ hưu, chuyển công tác, thôi việc, chuyển nơi ở…)", ""));
        Optional<LocalDate> on = reason.flatMap(r -> dialogs.askDate(title, "Ngày phát sinh (ngày quyết định)",
                today.get()));
        if (on.isEmpty()) {
            return;
        }
        ExpectedTransfer change;
        try {
            change = new ExpectedTransfer(null, who.get().id(), on.get(), reason.get(), null, null);
        } catch (IllegalArgumentException e) {
            dialogs.showError(title, e.getMessage());
            return;
        }
        background.run(() -> transferService.expect(change, userName), stored -> {
            message.set("Đã ghi: " + who.get().label() + " phải làm thủ tục chuyển sinh hoạt trong 60 ngày làm việc "
                    + "(xem Việc cần làm).");
            changed();
        }, failure -> dialogs.showError(title, DialogService.messageOf(failure)));
    }

    /** Sổ giới thiệu sinh hoạt đảng of the year shown, to Excel. */
    public void exportRegister() {
        Optional<Integer> shown = year();
        if (shown.isEmpty()) {
            return;
        }
        String title = "Sổ giới thiệu sinh hoạt đảng (Mẫu 10-SHĐ)";
        Optional<Path> file = dialogs.askSaveFile(title, "So gioi thieu sinh hoat dang " + shown.get() + ".xlsx",
                "Bảng tính Excel", ".xlsx");
        file.ifPresent(path -> background.run(() -> transferService.writeRegister(shown.get(), path),
                count -> message.set("Đã ghi sổ năm " + shown.get() + " (" + NumberFormats.count(count)
                        + " giấy giới thiệu) vào tệp " + path),
                failure -> dialogs.showError(title, DialogService.messageOf(failure))));
    }

    private void clearForm() {
        member.set(null);
        kind.set(TransferKind.OFFICIAL_OUT);
        date.set(DateFormats.format(today.get()));
        for (StringProperty p : List.of(letterNumber, organisation, province, district, feesThrough, note)) {
            p.set("");
        }
    }

    private void changed() {
        load();
        onChanged.run();
    }

    public ObservableList<LetterLine> letters() {
        return letters;
    }

    public ObservableList<LetterLine> pending() {
        return pending;
    }

    public ObservableList<StayLine> stays() {
        return stays;
    }

    public ObservableList<MemberChoice> members() {
        return members;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }
}
