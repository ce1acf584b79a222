package vn.dangvu.logic.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.discipline.DisciplineService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.EditSession;
import vn.dangvu.logic.persistence.StaleRecordException;
import vn.dangvu.logic.persistence.TestDatabase;
import vn.dangvu.logic.register.RegisterExports;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.history.DeletedEvent;
import vn.dangvu.model.history.HistoryLine;
import vn.dangvu.model.meeting.AtRiskMonths;

/** History, undo and the recycle bin on a real H2 file and a real PostgreSQL, as the clerk uses them. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class HistoryServiceTest {

    @Parameter
    TestDatabase kind;


    private static final LocalDate MOVED_ON = LocalDate.of(2026, 3, 18);

    @TempDir
    Path dataFolder;

    private Database database;
    private RegisterService register;
    private HistoryService history;
    private long napan;
    private long khonpat;

    @BeforeEach
    void openDatabase() {
        database = kind.fresh(dataFolder);
        register = new RegisterService(database);
        history = new HistoryService(database);
        BranchService branches = new BranchService(database);
        napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
        khonpat = branches.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) { // null when the PostgreSQL run is skipped
            database.close();
        }
    }

    private void open() {
        database = kind.reopen(dataFolder);
        register = new RegisterService(database);
        history = new HistoryService(database);
    }

    private void reopen() {
        database.close();
        open();
    }

    // ---------------------------------------------------------------- history as sentences

    @Test
    void aBranchMoveReadsAsASentenceOnTheMemberPageAfterReopening() {
        long id = official("Nguyễn Văn Đức");
        register.recordEvent(id, MembershipEvent.of(MembershipEventType.BRANCH_MOVED, MOVED_ON, khonpat), "thư ký");
        reopen();

        HistoryLine latest = history.forMember(id).get(0);
        assertEquals("18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát", latest.sentence());
        assertEquals(System.getProperty("user.name"), latest.who());
        assertEquals(LocalDate.now(), latest.at().toLocalDate());
    }

    @Test
    void aDisciplineReadsAsASentenceInTheMemberHistory() {
        long id = official("Hoàng Văn Tú");
        new DisciplineService(database).record(new vn.dangvu.model.discipline.Discipline(null, id,
                vn.dangvu.model.discipline.DisciplineForm.WARNING, LocalDate.of(2026, 6, 2),
                new vn.dangvu.model.Decision("07-QĐ/UBKT", LocalDate.of(2026, 6, 1), null), "Vi phạm"), "thư ký");
        reopen();

        assertEquals("Kỷ luật: cảnh cáo, công bố 02/06/2026, quyết định số 07-QĐ/UBKT",
                history.forMember(id).get(0).sentence());
    }

    @Test
    void creationAndEditsAreListedNewestFirstWithOldAndNewValues() {
        long id = official("Nguyễn Văn An");
        Member loaded = register.loadMember(id).member();
        register.updateMember(new Member(id, loaded.version(), PersonName.parse("Nguyễn Văn Ân"), loaded.sex(),
                LocalDate.of(1980, 1, 2), loaded.ethnicity(), loaded.religion(), new MemberIds("01234567", null, null),
                loaded.profile()));

        List<String> lines = history.forMember(id).stream().map(HistoryLine::sentence).toList();
        assertEquals(List.of(
                "Sửa hồ sơ: Tên An → Ân; Ngày sinh 01/02/1980 → 02/01/1980; Số thẻ đảng viên (trống) → 01234567",
                "Tạo hồ sơ: Nguyễn Văn An; 10/01/2015: kết nạp vào Chi bộ thôn Nà Pàn; "
                        + "10/01/2016: công nhận đảng viên chính thức (Dự bị → Chính thức)"), lines);
    }

    @Test
    void aSaveThatChangesNothingAddsNoLine() {
        long id = official("Nguyễn Văn An");
        register.updateMember(register.loadMember(id).member());

        assertEquals(1, history.forMember(id).size());
    }

    @Test
    void aRefusedStaleSaveChangesNothingAndLogsNothing() {
        long id = official("Nguyễn Văn An");
        Member first = register.loadMember(id).member();
        Member second = register.loadMember(id).member();
        register.updateMember(renamed(first, "Nguyễn Văn Ân"));

        StaleRecordException stale = assertThrows(StaleRecordException.class,
                () -> register.updateMember(renamed(second, "Nguyễn Văn Anh")));

        assertTrue(stale.getMessage().contains("đã được sửa ở nơi khác"), stale.getMessage());
        assertEquals("Nguyễn Văn Ân", register.loadMember(id).member().name().full());
        assertEquals(2, history.forMember(id).size(), "creation and the first edit only");
    }

    @Test
    void exportsArePartOfTheLog() {
        official("Nguyễn Văn An");
        Path file = dataFolder.resolve("so-danh-sach.xlsx");
        new RegisterExports(database).writeMemberBook(LocalDate.of(2026, 1, 1), file);

        String line = history.recent(5).get(0).sentence();
        assertTrue(line.startsWith("Xuất Excel: Sổ danh sách đảng viên đến ngày 01/01/2026 (1 người) — tệp "), line);
        assertTrue(line.endsWith("so-danh-sach.xlsx"), line);
    }

    @Test
    void branchChangesAndValidReasonsArePartOfTheLogButNotUndone() {
        long id = official("Nguyễn Văn An");
        new BranchService(database).rename(napan, "Chi bộ thôn Nà Pàn Mới", LocalDate.of(2026, 3, 1));
        new vn.dangvu.logic.meeting.MeetingService(database, RuleTables.meetingLengthRules(null),
                AtRiskMonths.STANDARD)
                .recordValidReason(id, java.time.YearMonth.of(2026, 4), "Đi làm ăn xa có báo cáo", "thư ký");

        List<String> lines = history.recent(10).stream().map(HistoryLine::sentence).toList();

        assertEquals("Nguyễn Văn An — Lý do chính đáng tháng 4/2026: Đi làm ăn xa có báo cáo", lines.get(0));
        assertEquals("Đổi tên Chi bộ thôn Nà Pàn thành Chi bộ thôn Nà Pàn Mới từ 01/03/2026", lines.get(1));
        assertTrue(lines.contains("Thêm chi bộ: Chi bộ thôn Khòn Pát"), lines.toString());
        assertEquals("Lý do chính đáng tháng 4/2026: Đi làm ăn xa có báo cáo",
                history.forMember(id).get(0).sentence(), "the member's page shows it too");
        assertThrows(RecordRejected.class, history::undoLast, "a rename or a reason is not taken back by Ctrl+Z");
    }

    // ---------------------------------------------------------------- undo

    @Test
    void undoRevertsTheSessionsChangesLastFirstAndLogsEachUndo() {
        long id = official("Nguyễn Văn An");
        register.recordEvent(id, MembershipEvent.of(MembershipEventType.BRANCH_MOVED, MOVED_ON, khonpat), "thư ký");
        register.updateMember(renamed(register.loadMember(id).member(), "Nguyễn Văn Ân"));

        assertEquals("Sửa hồ sơ: Tên An → Ân", history.undoLast());
        assertEquals("Nguyễn Văn An", register.loadMember(id).member().name().full());
        assertEquals("18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát", history.undoLast());
        assertEquals(napan, register.loadEntry(id).history().stateOn(MOVED_ON).branchId());

        RecordRejected nothing = assertThrows(RecordRejected.class, history::undoLast);
        assertEquals("Không còn thay đổi nào của phiên làm việc này để hoàn tác.", nothing.getMessage());
        assertEquals("Hoàn tác: 18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát",
                history.forMember(id).get(0).sentence());
        assertEquals("Hoàn tác: Sửa hồ sơ: Tên An → Ân", history.forMember(id).get(1).sentence());
    }

    @Test
    void anEditUndoneCanBeSavedOverAgainFromAFreshRead() {
        long id = official("Nguyễn Văn An");
        register.updateMember(renamed(register.loadMember(id).member(), "Nguyễn Văn Ân"));
        history.undoLast();

        Member fresh = register.loadMember(id).member();
        assertEquals(2, fresh.version(), "the undo is a save of its own");
        register.updateMember(renamed(fresh, "Nguyễn Văn Anh"));
        assertEquals("Nguyễn Văn Anh", register.loadMember(id).member().name().full());
    }

    @Test
    void undoIsRefusedWhenAnotherSessionChangedTheMemberSince() {
        long id = official("Nguyễn Văn An");
        register.recordEvent(id, MembershipEvent.of(MembershipEventType.BRANCH_MOVED, MOVED_ON, khonpat), "thư ký");
        Database secondClerk = database.inSession(EditSession.start("thư ký 2"));
        new RegisterService(secondClerk).updateMember(renamed(register.loadMember(id).member(), "Nguyễn Văn Ân"));

        RecordRejected refused = assertThrows(RecordRejected.class, history::undoLast);

        assertEquals("Không hoàn tác được \"18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát\": "
                + "hồ sơ đã được sửa ở nơi khác sau đó. Hãy mở lại hồ sơ để xem.", refused.getMessage());
        assertEquals(khonpat, register.loadEntry(id).history().stateOn(MOVED_ON).branchId());
        assertEquals("Nguyễn Văn Ân", register.loadMember(id).member().name().full());
    }

    @Test
    void anotherSessionsChangesAreNotThisSessionsToUndo() {
        long id = official("Nguyễn Văn An");
        reopen(); // the creation belongs to an earlier run of the app
        Database secondClerk = database.inSession(EditSession.start("thư ký 2"));
        new RegisterService(secondClerk).recordEvent(id,
                MembershipEvent.of(MembershipEventType.BRANCH_MOVED, MOVED_ON, khonpat), "thư ký 2");

        assertThrows(RecordRejected.class, history::undoLast);
        assertEquals(khonpat, register.loadEntry(id).history().stateOn(MOVED_ON).branchId());
    }

    // ---------------------------------------------------------------- recycle bin

    @Test
    void aMistakenEventGoesToTheBinAndTheDerivedStateForgetsIt() {
        long id = official("Nguyễn Văn Đức");
        MembershipEvent died = register.recordEvent(id,
                MembershipEvent.of(MembershipEventType.DIED, MOVED_ON, null), "thư ký");
        assertEquals(MemberStatus.DIED, register.loadEntry(id).history().stateOn(MOVED_ON).status());

        history.deleteEvent(id, died.id());
        reopen();

        assertEquals(MemberStatus.OFFICIAL, register.loadEntry(id).history().stateOn(MOVED_ON).status());
        assertEquals(2, register.loadMember(id).history().events().size());
        DeletedEvent binned = history.recycleBin().get(0);
        assertEquals("Nguyễn Văn Đức", binned.memberName().full());
        assertEquals(MembershipEventType.DIED, binned.event().type());
        assertEquals(System.getProperty("user.name"), binned.deletedBy());
        assertEquals("Xóa sự kiện ghi nhầm (vào thùng rác): 18/03/2026: từ trần (Chính thức → Đã từ trần)",
                history.forMember(id).get(0).sentence());
    }

    @Test
    void aRestoredEventComesBackWithItsOwnIdAndEffect() {
        long id = official("Nguyễn Văn Đức");
        MembershipEvent moved = register.recordEvent(id,
                MembershipEvent.of(MembershipEventType.BRANCH_MOVED, MOVED_ON, khonpat), "thư ký");
        history.deleteEvent(id, moved.id());
        reopen();

        history.restoreEvent(moved.id());

        assertTrue(history.recycleBin().isEmpty());
        MembershipEvent back = register.loadMember(id).history().events().get(2);
        assertEquals(moved, back);
        assertEquals(khonpat, register.loadEntry(id).history().stateOn(MOVED_ON).branchId());
        assertEquals("Khôi phục từ thùng rác: 18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát",
                history.forMember(id).get(0).sentence());
    }

    @Test
    void deletingAnEventTheRestDependsOnIsRefusedWithTheReason() {
        long id = official("Nguyễn Văn Đức");
        long admission = register.loadMember(id).history().events().get(0).id();

        RecordRejected refused = assertThrows(RecordRejected.class, () -> history.deleteEvent(id, admission));

        assertTrue(refused.getMessage().startsWith("Lịch sử sinh hoạt sẽ không hợp lệ: "), refused.getMessage());
        assertEquals(2, register.loadMember(id).history().events().size());
        assertTrue(history.recycleBin().isEmpty());
    }

    @Test
    void restoringIsRefusedWhenTheHistoryNoLongerAllowsTheEvent() {
        long id = official("Nguyễn Văn Đức");
        MembershipEvent died = register.recordEvent(id,
                MembershipEvent.of(MembershipEventType.DIED, MOVED_ON, null), "thư ký");
        history.deleteEvent(id, died.id());
        register.recordEvent(id, MembershipEvent.of(MembershipEventType.DIED, MOVED_ON.plusDays(1), null), "thư ký");

        RecordRejected refused = assertThrows(RecordRejected.class, () -> history.restoreEvent(died.id()));

        assertTrue(refused.getMessage().startsWith("Lịch sử sinh hoạt sẽ không hợp lệ: "), refused.getMessage());
        assertEquals(1, history.recycleBin().size());
    }

    @Test
    void undoingADeletionPutsTheEventBack() {
        long id = official("Nguyễn Văn Đức");
        MembershipEvent moved = register.recordEvent(id,
                MembershipEvent.of(MembershipEventType.BRANCH_MOVED, MOVED_ON, khonpat), "thư ký");
        history.deleteEvent(id, moved.id());

        history.undoLast();

        assertTrue(history.recycleBin().isEmpty());
        assertEquals(khonpat, register.loadEntry(id).history().stateOn(MOVED_ON).branchId());
    }

    // ---------------------------------------------------------------- helpers

    private long official(String name) {
        return register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1980, 2, 1),
                        "Kinh", null, MemberIds.NONE, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 1, 10), napan),
                        MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2016, 1, 10), null)),
                "thư ký").member().id();
    }

    private static Member renamed(Member m, String name) {
        return new Member(m.id(), m.version(), PersonName.parse(name), m.sex(), m.birthDate(), m.ethnicity(),
                m.religion(), m.ids(), m.profile());
    }
}
