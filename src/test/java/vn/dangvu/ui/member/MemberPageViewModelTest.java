package vn.dangvu.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.history.HistoryLine;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** The member page's history tab, deleting a mistaken event and Ctrl+Z, on a real database. */
class MemberPageViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MemberPageViewModel page;
    private long memberId;
    private long khonpat;
    private int changedCount;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        BranchService branches = new BranchService(database);
        long napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        khonpat = branches.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, null).id();
        memberId = new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Nguyễn Văn Đức"),
                        Sex.MALE, LocalDate.of(1980, 5, 3), "Kinh", null, MemberIds.NONE, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2005, 6, 1), napan)), "thư ký")
                .member().id();
        Services services = TestServices.on(database);
        page = new MemberPageViewModel(services.register(), services.branches(), services.discipline(),
                services.history(), new SynchronousBackground(), dialogs, TestServices.USER, memberId);
        page.load(() -> { });
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void recordMove() {
        page.eventForm().type.set(MembershipEventType.BRANCH_MOVED);
        page.eventForm().date.set("18/03/2026");
        page.eventForm().branch.set(page.activeBranches().stream().filter(b -> b.id() == khonpat).findFirst()
                .orElseThrow());
        page.recordEvent(() -> changedCount++);
    }

    @Test
    void aRecognitionIsProposedOnTheTwelveMonthDateAndAnotherDateIsRecordedOnlyWhenConfirmed() {
        EventFormViewModel form = page.eventForm();
        form.type.set(MembershipEventType.RECOGNIZED_OFFICIAL);
        // admitted 01/06/2005 + 12 months = 01/06/2006
        assertEquals("01/06/2006", form.date.get());
        assertEquals("Ngày đủ 12 tháng dự bị.", form.dateHint.get());

        form.date.set("20/07/2006");
        assertEquals("Ngày chính thức 20/07/2006 khác ngày đủ 12 tháng dự bị 01/06/2006 (vào Đảng 01/06/2005): đảng"
                + " viên được công nhận chính thức từ ngày đủ 12 tháng, kể cả khi quyết định ra muộn.", form.dateHint.get());
        dialogs.confirms.add(false);
        page.recordEvent(() -> changedCount++);
        assertEquals(1, page.timeline().size(), "not confirmed: nothing recorded");

        dialogs.confirms.add(true);
        page.recordEvent(() -> changedCount++);
        assertEquals(2, page.timeline().size());
        assertTrue(page.summaryProperty().get().contains("Ngày chính thức 20/07/2006"), page.summaryProperty().get());
    }

    @Test
    void theHistoryTabReadsTheRecordedMoveAsASentence() {
        recordMove();

        HistoryLine latest = page.changes().get(0);
        assertEquals("18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát", latest.sentence());
        assertEquals(2, page.changes().size());
    }

    @Test
    void ctrlZTakesBackTheMoveAndSaysSo() {
        recordMove();

        page.undo(() -> changedCount++);

        assertEquals(1, page.timeline().size());
        assertEquals("Đã hoàn tác: 18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát",
                page.noticeProperty().get());
        assertTrue(page.summaryProperty().get().contains("Chi bộ thôn Nà Pàn"), page.summaryProperty().get());
        assertEquals(2, changedCount, "the register is told after the record and after the undo");
    }

    @Test
    void deletingAMistakenEventAsksFirstThenEmptiesItIntoTheBin() {
        recordMove();
        TimelineItem move = page.timeline().get(1);

        dialogs.confirms.add(false);
        page.deleteEvent(move, () -> { });
        assertEquals(2, page.timeline().size(), "nothing is deleted when the clerk says no");

        dialogs.confirms.add(true);
        page.deleteEvent(move, () -> { });
        assertEquals(1, page.timeline().size());
        assertTrue(page.noticeProperty().get().startsWith("Đã chuyển vào thùng rác: Chuyển chi bộ ngày 18/03/2026"));
        assertEquals("Xóa sự kiện ghi nhầm (vào thùng rác): 18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang "
                + "Chi bộ thôn Khòn Pát", page.changes().get(0).sentence());
    }

    @Test
    void deletingTheOnlyEventIsRefusedWithTheReason() {
        dialogs.confirms.add(true);
        page.deleteEvent(page.timeline().get(0), () -> { });

        assertEquals(1, page.timeline().size());
        assertTrue(dialogs.errors.get(0).startsWith("Không xóa được sự kiện duy nhất của hồ sơ Nguyễn Văn Đức"),
                dialogs.errors.get(0));
    }

    @Test
    void undoWithNothingToUndoSaysSo() {
        page.undo(() -> changedCount++);

        assertEquals(List.of("Không còn thay đổi nào của phiên làm việc này để hoàn tác."), List.copyOf(dialogs.errors));
        assertEquals(0, changedCount);
    }
}
