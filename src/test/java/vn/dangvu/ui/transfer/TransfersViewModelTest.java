package vn.dangvu.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.transfer.TransferKind;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** The transfers screen's form, pending letters and temporary stays. */
class TransfersViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @TempDir
    Path folder;

    private Database database;
    private ScriptedDialogs dialogs;
    private Services services;
    private TransfersViewModel viewModel;
    private int changes;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        long napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        RegisterService register = new RegisterService(database);
        for (String name : List.of("Lục Văn Hải", "Hoàng Thị Mai")) {
            register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1980, 1, 1), "Tày",
                    null, null, null), List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 5, 1),
                    napan)), "test");
        }
        dialogs = new ScriptedDialogs();
        services = TestServices.on(database);
        viewModel = new TransfersViewModel(services.register(), services.branches(), services.transfers(),
                services.fees(), new SynchronousBackground(), dialogs, TestServices.USER, () -> TODAY);
        viewModel.setOnChanged(() -> changes++);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void fill(String who, TransferKind kind, String date, String organisation, String fees) {
        viewModel.member.set(viewModel.members().stream().filter(m -> m.label().startsWith(who)).findFirst().orElseThrow());
        viewModel.kind.set(kind);
        viewModel.date.set(date);
        viewModel.letterNumber.set("15-GGT/ĐU");
        viewModel.organisation.set(organisation);
        viewModel.province.set("Tỉnh Quảng Ninh");
        viewModel.feesThrough.set(fees);
    }

    @Test
    void aTransferOutIsRecordedNumberedAndPendingAndTheMemberLeavesTheChoices() {
        services.fees().payThrough(viewModel.members().get(0).id(), YearMonth.of(2026, 2), TODAY, "test");
        viewModel.member.set(viewModel.members().get(0));
        assertEquals("2/2026", viewModel.feesThrough.get(), "fees paid through is taken from the fee book");

        fill("Lục Văn Hải", TransferKind.OFFICIAL_OUT, "02/03/2026", "Đảng bộ phường Hồng Hải", "2/2026");
        viewModel.recordOut();

        assertEquals("", viewModel.formErrorProperty().get());
        assertEquals(1, viewModel.letters().size());
        assertEquals(1, viewModel.letters().get(0).letter().number());
        assertEquals(1, viewModel.pending().size());
        assertEquals(List.of("Hoàng Thị Mai"), viewModel.members().stream().map(m -> m.label().split(" \\(")[0]).toList());
        assertEquals("", viewModel.organisation.get(), "the form is cleared");
        assertEquals(1, changes);
        assertTrue(viewModel.statusTextProperty().get().contains("1 chờ xác nhận tiếp nhận"),
                viewModel.statusTextProperty().get());

        dialogs.dates.add(Optional.of(LocalDate.of(2026, 3, 18)));
        viewModel.confirmReceipt(viewModel.pending().get(0));
        assertTrue(viewModel.pending().isEmpty());
    }

    @Test
    void theIncomingLetterToEnterIsTheLatestArrivalFirst() {
        RegisterService register = new RegisterService(database);
        long napan = services.branches().all().get(0).id();
        for (String[] arrival : new String[][] {{"Vi Văn Cũ", "2025-04-02"}, {"Lương Văn Thắng", "2026-03-10"}}) {
            register.createMember(new Member(null, 0, PersonName.parse(arrival[0]), Sex.MALE, LocalDate.of(1985, 5, 12),
                    "Kinh", null, null, null), List.of(
                    MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 3, 15), null),
                    MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, LocalDate.parse(arrival[1]), napan)), "test");
        }
        viewModel.load();
        dialogs.choices.add("10/03/2026 — Lương Văn Thắng — Chuyển đến chính thức");
        dialogs.texts.add(Optional.empty());
        viewModel.registerIncoming();
        assertEquals(List.of("10/03/2026 — Lương Văn Thắng — Chuyển đến chính thức"), dialogs.initialChoices);
    }

    @Test
    void aFormWithMistakesSaysWhatIsWrongAndWritesNothing() {
        viewModel.recordOut();
        assertEquals("Chọn đảng viên chuyển đi.", viewModel.formErrorProperty().get());

        fill("Lục Văn Hải", TransferKind.OFFICIAL_OUT, "31/02/2026", "Đảng bộ phường Hồng Hải", "");
        viewModel.recordOut();
        assertEquals("Ngày chuyển đi \"31/02/2026\" không đúng dạng dd/MM/yyyy.", viewModel.formErrorProperty().get());

        fill("Lục Văn Hải", TransferKind.OFFICIAL_OUT, "02/03/2026", "", "");
        viewModel.recordOut();
        assertEquals("Chưa nhập tổ chức đảng nơi chuyển đến.", viewModel.formErrorProperty().get());

        fill("Lục Văn Hải", TransferKind.OFFICIAL_OUT, "02/03/2026", "Đảng bộ phường Hồng Hải", "tháng hai");
        viewModel.recordOut();
        assertTrue(viewModel.formErrorProperty().get().startsWith("Tháng đã đóng đảng phí \"tháng hai\""));

        fill("Lục Văn Hải", TransferKind.OFFICIAL_OUT, "02/03/2009", "Đảng bộ phường Hồng Hải", "");
        viewModel.recordOut();
        assertTrue(viewModel.formErrorProperty().get().contains("chưa vào Đảng"), viewModel.formErrorProperty().get());

        assertTrue(viewModel.letters().isEmpty());
        assertEquals(0, changes);
    }

    @Test
    void aTemporaryLeaveIsListedAsAwayUntilTheMemberComesBack() {
        fill("Hoàng Thị Mai", TransferKind.TEMPORARY_OUT, "02/03/2026", "Đảng bộ Trường Đại học Mỏ", "");
        viewModel.recordOut();

        assertEquals(1, viewModel.stays().size());
        assertTrue(viewModel.stays().get(0).kindLabel().contains("vẫn tính vào đảng số"));
        assertTrue(viewModel.pending().isEmpty(), "a temporary letter waits for no confirmation");

        dialogs.dates.add(Optional.of(LocalDate.of(2026, 3, 19)));
        viewModel.endStay(viewModel.stays().get(0));
        assertTrue(viewModel.stays().isEmpty());
        assertEquals(2, viewModel.members().size());
    }

    @Test
    void aMemberWhoMustTransferGoesOnTheDueList() {
        dialogs.choices.add(viewModel.members().get(0).label());
        dialogs.texts.add(Optional.of("Nghỉ hưu"));
        dialogs.dates.add(Optional.of(LocalDate.of(2026, 3, 2)));

        viewModel.expectTransfer();

        assertEquals(1, services.due().dueOn(TODAY).stream()
                .filter(i -> i.kind() == vn.dangvu.model.due.DueKind.TRANSFER_START).count());
        assertEquals(1, changes);
    }
}
