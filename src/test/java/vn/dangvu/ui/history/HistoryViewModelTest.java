package vn.dangvu.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.history.HistoryService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;

/** The recycle bin screen: what is in it, restoring, and the log with undo. */
class HistoryViewModelTest {

    private static final LocalDate DIED_ON = LocalDate.of(2026, 3, 18);

    @TempDir
    Path folder;

    private Database database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RegisterService register;
    private HistoryViewModel screen;
    private long memberId;
    private int changedCount;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        long napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        register = new RegisterService(database);
        memberId = register.createMember(new Member(null, 0, PersonName.parse("Nguyễn Văn Đức"), Sex.MALE,
                        LocalDate.of(1950, 5, 3), "Kinh", null, MemberIds.NONE, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(1975, 6, 1), napan),
                        MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(1976, 6, 1), null)),
                "thư ký").member().id();
        long died = register.recordEvent(memberId, MembershipEvent.of(MembershipEventType.DIED, DIED_ON, null), "thư ký")
                .id();
        new HistoryService(database).deleteEvent(memberId, died);
        screen = new HistoryViewModel(new HistoryService(database), vn.dangvu.ui.TestServices.on(database).papers(),
                new SynchronousBackground(), dialogs);
        screen.setOnChanged(() -> changedCount++);
        screen.load();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void theBinShowsWhoseEventWhatAndWhenItWasDeleted() {
        assertEquals(1, screen.bin().size());
        assertEquals("Nguyễn Văn Đức — Từ trần ngày 18/03/2026", HistoryViewModel.describe(screen.bin().get(0)));
        assertTrue(HistoryViewModel.deletedWhen(screen.bin().get(0)).startsWith("Xóa lúc "));
        assertEquals("Nguyễn Văn Đức — Xóa sự kiện ghi nhầm (vào thùng rác): 18/03/2026: từ trần "
                + "(Chính thức → Đã từ trần)", screen.log().get(0).sentence());
    }

    @Test
    void restoringPutsTheEventBackAndTellsTheRegister() {
        screen.restore(screen.bin().get(0));

        assertTrue(screen.bin().isEmpty());
        assertEquals(MemberStatus.DIED, register.loadEntry(memberId).history().stateOn(DIED_ON).status());
        assertEquals("Đã khôi phục: Nguyễn Văn Đức — Từ trần ngày 18/03/2026", screen.noticeProperty().get());
        assertTrue(screen.log().get(0).sentence().startsWith("Nguyễn Văn Đức — Khôi phục từ thùng rác: 18/03/2026"),
                screen.log().get(0).sentence());
        assertEquals(1, changedCount);
    }

    @Test
    void undoFromTheMainWindowSaysWhatWasUndone() {
        screen.undo();

        assertTrue(screen.bin().isEmpty());
        assertEquals(List.of("Đã hoàn tác: Xóa sự kiện ghi nhầm (vào thùng rác): 18/03/2026: từ trần "
                + "(Chính thức → Đã từ trần)"), List.copyOf(dialogs.infos));
        assertEquals(1, changedCount);
    }
}
