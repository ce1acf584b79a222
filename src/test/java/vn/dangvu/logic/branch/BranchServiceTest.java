package vn.dangvu.logic.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;

/** Chi bộ over time: renamed, dissolved, merged, on a real H2 file. */
class BranchServiceTest {

    private static final String CLERK = "Văn phòng Đảng ủy";
    private static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);

    @TempDir
    Path dataFolder;

    private Database database;
    private BranchService branches;
    private RegisterService register;

    @BeforeEach
    void openDatabase() {
        open();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private void open() {
        database = Database.open(dataFolder);
        branches = new BranchService(database);
        register = new RegisterService(database);
    }

    private void reopen() {
        database.close();
        database = null;
        open();
    }

    // ---------------------------------------------------------------- names over time

    @Test
    void renamedBranchKeepsItsOldNameForEarlierDates() {
        long id = branches.create("Chi bộ thôn 1", BranchKind.VILLAGE, FOUNDED).id();

        branches.rename(id, "Chi bộ thôn Đông Hải", LocalDate.of(2025, 7, 1));
        reopen();

        assertEquals("Chi bộ thôn 1", nameOn(id, LocalDate.of(2010, 1, 1)));
        assertEquals("Chi bộ thôn 1", nameOn(id, LocalDate.of(2025, 6, 30)));
        assertEquals("Chi bộ thôn Đông Hải", nameOn(id, LocalDate.of(2025, 7, 1)));
        assertEquals("Chi bộ thôn Đông Hải", nameOn(id, LocalDate.of(2030, 1, 1)));
        assertEquals("Chi bộ thôn Đông Hải", branches.all().get(0).name());
    }

    @ParameterizedTest(name = "[{index}] on {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            01/01/2000 | Chi bộ xóm Bắc
            31/12/2009 | Chi bộ xóm Bắc
            01/01/2010 | Chi bộ thôn Bắc
            31/12/2019 | Chi bộ thôn Bắc
            01/01/2020 | Chi bộ thôn Bắc Sơn
            01/01/2026 | Chi bộ thôn Bắc Sơn
            """)
    void branchRenamedTwiceShowsEachNameInItsPeriod(String day, String expected) {
        long id = branches.create("Chi bộ xóm Bắc", BranchKind.VILLAGE, FOUNDED).id();
        branches.rename(id, "Chi bộ thôn Bắc", LocalDate.of(2010, 1, 1));
        branches.rename(id, "Chi bộ thôn Bắc Sơn", LocalDate.of(2020, 1, 1));

        assertEquals(expected, nameOn(id, DateFormats.parse(day).orElseThrow()));
    }

    @Test
    void correctingATypoInANewNameOnTheSameDayKeepsTheNameBeforeTheRename() {
        long id = branches.create("Chi bộ thôn 1", BranchKind.VILLAGE, FOUNDED).id();
        LocalDate from = LocalDate.of(2025, 7, 1);

        branches.rename(id, "Chi bộ thôn Đông Hai", from);
        branches.rename(id, "Chi bộ thôn Đông Hải", from);

        assertEquals("Chi bộ thôn 1", nameOn(id, from.minusDays(1)));
        assertEquals("Chi bộ thôn Đông Hải", nameOn(id, from));
    }

    @Test
    void renamingToTheSameNameChangesNothing() {
        long id = branches.create("Chi bộ thôn 1", BranchKind.VILLAGE, FOUNDED).id();

        branches.rename(id, "  Chi bộ   thôn 1 ", LocalDate.of(2025, 7, 1));

        assertEquals("Chi bộ thôn 1", nameOn(id, LocalDate.of(2001, 1, 1)));
        assertEquals("Chi bộ thôn 1", nameOn(id, LocalDate.of(2026, 1, 1)));
    }

    @Test
    void nameAlreadyUsedByAnotherBranchIsRefused() {
        branches.create("Chi bộ thôn Đông", BranchKind.VILLAGE, FOUNDED);
        long other = branches.create("Chi bộ thôn Tây", BranchKind.VILLAGE, FOUNDED).id();

        RecordRejected onCreate = assertThrows(RecordRejected.class,
                () -> branches.create("chi bộ thôn đông", BranchKind.VILLAGE, FOUNDED));
        RecordRejected onRename = assertThrows(RecordRejected.class,
                () -> branches.rename(other, "Chi bộ thôn Đông", LocalDate.of(2025, 1, 1)));

        assertTrue(onCreate.getMessage().contains("Đã có chi bộ tên"), onCreate.getMessage());
        assertEquals("name", onRename.field());
        assertEquals(2, branches.all().size());
        assertEquals("Chi bộ thôn Tây", nameOn(other, LocalDate.of(2026, 1, 1)));
    }

    // ---------------------------------------------------------------- dissolving

    @Test
    void dissolvingABranchThatStillHasMembersIsRefused() {
        long id = branches.create("Chi bộ thôn 3", BranchKind.VILLAGE, FOUNDED).id();
        admitOfficial("Nguyễn Văn An", id);

        RecordRejected refused = assertThrows(RecordRejected.class, () -> branches.dissolve(id, LocalDate.of(2024, 1, 1)));

        assertTrue(refused.getMessage().contains("Chi bộ thôn 3 còn 1 người sinh hoạt ngày 01/01/2024"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Sáp nhập"), refused.getMessage());
        reopen();
        assertNull(branch(id).dissolvedOn());
        assertTrue(branch(id).activeOn(LocalDate.of(2024, 6, 1)));
    }

    @Test
    void branchWhoseMembersHaveAllLeftCanBeDissolved() {
        long id = branches.create("Chi bộ thôn 3", BranchKind.VILLAGE, FOUNDED).id();
        long other = branches.create("Chi bộ thôn 4", BranchKind.VILLAGE, FOUNDED).id();
        long an = admitOfficial("Nguyễn Văn An", id);
        long binh = admitOfficial("Trần Văn Bình", id);
        register.recordEvent(an, MembershipEvent.of(MembershipEventType.DIED, LocalDate.of(2023, 3, 1), null), CLERK);
        register.recordEvent(binh, MembershipEvent.of(MembershipEventType.BRANCH_MOVED, LocalDate.of(2023, 12, 31), other), CLERK);

        branches.dissolve(id, LocalDate.of(2024, 1, 1));
        reopen();

        assertEquals(LocalDate.of(2024, 1, 1), branch(id).dissolvedOn());
        assertTrue(branch(id).activeOn(LocalDate.of(2023, 12, 31)));
        assertFalse(branch(id).activeOn(LocalDate.of(2024, 1, 1)));
    }

    @Test
    void eventInADissolvedBranchIsRefused() {
        long closed = branches.create("Chi bộ thôn 3", BranchKind.VILLAGE, FOUNDED).id();
        long open = branches.create("Chi bộ thôn 4", BranchKind.VILLAGE, FOUNDED).id();
        branches.dissolve(closed, LocalDate.of(2024, 1, 1));
        long an = admitOfficial("Nguyễn Văn An", open);

        RecordRejected refused = assertThrows(RecordRejected.class, () -> register.recordEvent(an,
                MembershipEvent.of(MembershipEventType.BRANCH_MOVED, LocalDate.of(2024, 2, 1), closed), CLERK));

        assertEquals("branch", refused.field());
        assertTrue(refused.getMessage().contains("Chi bộ thôn 3 không hoạt động ngày 01/02/2024"), refused.getMessage());
        assertTrue(refused.getMessage().contains("giải thể từ 01/01/2024"), refused.getMessage());
        assertEquals(2, register.loadMember(an).history().events().size());
    }

    @Test
    void backdatedAdmissionThatWouldLeaveSomeoneInADissolvedBranchIsRefused() {
        long closed = branches.create("Chi bộ thôn 3", BranchKind.VILLAGE, FOUNDED).id();
        branches.dissolve(closed, LocalDate.of(2018, 1, 1));
        Member person = person("Lê Văn Cường", null);

        // Admitted in 2010 when the branch existed, but nothing says where they went when it
        // was dissolved: the register would show a member of a branch that no longer exists.
        RecordRejected refused = assertThrows(RecordRejected.class, () -> register.createMember(person, List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 5, 19), closed),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2011, 5, 19), null)), CLERK));

        assertEquals("branch", refused.field());
        assertTrue(refused.getMessage().contains("Chi bộ thôn 3"), refused.getMessage());
        assertEquals(List.of(), register.loadRegister());
    }

    @Test
    void admissionIntoABranchBeforeItWasFoundedIsRefused() {
        long young = branches.create("Chi bộ Công an xã", BranchKind.POLICE, LocalDate.of(2020, 1, 1)).id();
        Member person = person("Lê Văn Cường", null);

        RecordRejected refused = assertThrows(RecordRejected.class, () -> register.createMember(person,
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2019, 5, 19), young)), CLERK));

        assertTrue(refused.getMessage().contains("chưa thành lập"), refused.getMessage());
        assertEquals(List.of(), register.loadRegister());
    }

    // ---------------------------------------------------------------- merging

    @Test
    void mergeMovesEveryoneWithABranchMovedEventAndKeepsTheirEarlierBranch() {
        long village5 = branches.create("Chi bộ thôn 5", BranchKind.VILLAGE, FOUNDED).id();
        long village6 = branches.create("Chi bộ thôn 6", BranchKind.VILLAGE, FOUNDED).id();
        long an = admitOfficial("Nguyễn Văn An", village5);
        long binh = admitOfficial("Trần Thị Bình", village5);
        long cuong = admitOfficial("Lê Văn Cường", village6);
        LocalDate mergeDay = LocalDate.of(2025, 7, 1);

        int moved = branches.merge(village5, village6, mergeDay, CLERK);
        reopen();

        assertEquals(2, moved);
        for (long id : List.of(an, binh)) {
            List<MembershipEvent> events = register.loadMember(id).history().events();
            MembershipEvent last = events.get(events.size() - 1);
            assertEquals(MembershipEventType.BRANCH_MOVED, last.type());
            assertEquals(mergeDay, last.date());
            assertEquals(village6, last.branchId());
            assertEquals(CLERK, last.recordedBy());
            assertTrue(last.note().contains("Chi bộ thôn 5") && last.note().contains("Chi bộ thôn 6"), last.note());

            RegisterEntry entry = register.loadEntry(id);
            assertEquals(village5, entry.on(mergeDay.minusDays(1)).state().branchId(), "before the merge");
            assertEquals(village5, entry.on(LocalDate.of(2020, 1, 1)).state().branchId(), "years before the merge");
            assertEquals(village6, entry.on(mergeDay).state().branchId(), "from the end of the merge day");
            assertEquals(MemberStatus.OFFICIAL, entry.on(mergeDay).state().status());
        }
        assertEquals(2, register.loadMember(cuong).history().events().size(), "members of the receiving branch stay as they were");

        Branch merged = branch(village5);
        assertEquals(mergeDay, merged.dissolvedOn());
        assertEquals(village6, merged.mergedIntoId());
        assertNull(branch(village6).dissolvedOn());
    }

    @Test
    void mergeLeavesPeopleWhoAlreadyLeftWhereTheyWere() {
        long village5 = branches.create("Chi bộ thôn 5", BranchKind.VILLAGE, FOUNDED).id();
        long village6 = branches.create("Chi bộ thôn 6", BranchKind.VILLAGE, FOUNDED).id();
        long died = admitOfficial("Nguyễn Văn An", village5);
        long away = admitOfficial("Trần Thị Bình", village5);
        register.recordEvent(died, MembershipEvent.of(MembershipEventType.DIED, LocalDate.of(2023, 3, 1), null), CLERK);
        register.recordEvent(away, MembershipEvent.of(MembershipEventType.TEMPORARY_LEAVE, LocalDate.of(2024, 9, 1), null), CLERK);

        int moved = branches.merge(village5, village6, LocalDate.of(2025, 7, 1), CLERK);

        assertEquals(1, moved, "the member temporarily away still belongs to the branch and moves with it");
        assertEquals(village5, register.loadEntry(died).on(LocalDate.of(2026, 1, 1)).state().branchId());
        assertEquals(MemberStatus.DIED, register.loadEntry(died).on(LocalDate.of(2026, 1, 1)).state().status());
        assertEquals(village6, register.loadEntry(away).on(LocalDate.of(2026, 1, 1)).state().branchId());
    }

    @Test
    void mergeIntoItselfOrIntoADissolvedBranchIsRefused() {
        long village5 = branches.create("Chi bộ thôn 5", BranchKind.VILLAGE, FOUNDED).id();
        long village6 = branches.create("Chi bộ thôn 6", BranchKind.VILLAGE, FOUNDED).id();
        branches.dissolve(village6, LocalDate.of(2024, 1, 1));
        long an = admitOfficial("Nguyễn Văn An", village5);

        RecordRejected intoItself = assertThrows(RecordRejected.class,
                () -> branches.merge(village5, village5, LocalDate.of(2025, 7, 1), CLERK));
        RecordRejected intoDissolved = assertThrows(RecordRejected.class,
                () -> branches.merge(village5, village6, LocalDate.of(2025, 7, 1), CLERK));

        assertTrue(intoItself.getMessage().contains("chính nó"), intoItself.getMessage());
        assertTrue(intoDissolved.getMessage().contains("Chi bộ thôn 6 không hoạt động ngày 01/07/2025"),
                intoDissolved.getMessage());
        assertEquals(2, register.loadMember(an).history().events().size());
        assertNull(branch(village5).dissolvedOn());
    }

    // ---------------------------------------------------------------- helpers

    private String nameOn(long branchId, LocalDate day) {
        return database.read(r -> r.branches().nameOn(branchId, day));
    }

    private Branch branch(long id) {
        return database.read(r -> r.branches().find(id)).orElseThrow();
    }

    private int cards = 20000000;

    /** Admitted 10/01/2015 and official 10/01/2016 in the branch. */
    private long admitOfficial(String name, long branchId) {
        return register.createMember(person(name, String.valueOf(cards++)), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 1, 10), branchId),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2016, 1, 10), null)), CLERK)
                .member().id();
    }

    private static Member person(String name, String card) {
        return new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1980, 1, 1), "Kinh", null,
                new MemberIds(card, null, null), null);
    }
}
