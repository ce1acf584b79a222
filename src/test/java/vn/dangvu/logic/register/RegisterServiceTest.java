package vn.dangvu.logic.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.StaleRecordException;
import vn.dangvu.logic.persistence.TestDatabase;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipRuleViolation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;

/** The member register on a real H2 file and a real PostgreSQL, as the clerk uses it. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class RegisterServiceTest {

    @Parameter
    TestDatabase kind;


    private static final String CLERK = "Văn phòng Đảng ủy";

    @TempDir
    Path dataFolder;

    private Database database;
    private RegisterService register;
    private long branch1;
    private long branch2;

    @BeforeEach
    void openDatabase() {
        database = kind.fresh(dataFolder);
        register = new RegisterService(database);
        BranchService branches = new BranchService(database);
        branch1 = branches.create("Chi bộ thôn Đông", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
        branch2 = branches.create("Chi bộ trường Tiểu học", BranchKind.SCHOOL, LocalDate.of(2000, 1, 1)).id();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private void open() {
        database = kind.reopen(dataFolder);
        register = new RegisterService(database);
    }

    private void reopen() {
        database.close();
        database = null;
        open();
    }

    // ---------------------------------------------------------------- create and reload

    @Test
    void newMemberWithAdmissionEventsIsStillThereAfterTheAppIsClosedAndOpenedAgain() {
        MemberProfile.Builder profile = new MemberProfile.Builder();
        profile.birthPlace = "xã Hải Yến, huyện Tiên Yên";
        profile.occupation = "Giáo viên";
        Member member = new Member(null, 0, PersonName.parse("Nguyễn Thị Ánh"), Sex.FEMALE, LocalDate.of(1985, 3, 8),
                "Tày", "Không", new MemberIds("01234567", "012345HN", "001185012345"), profile.build());
        MembershipEvent admitted = MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 5, 19), branch1)
                .withDecision(new Decision("123-QĐ/ĐU", LocalDate.of(2010, 5, 10), "Đảng ủy xã Hải Yến"));
        MembershipEvent official = MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2011, 5, 19), null);

        long id = register.createMember(member, List.of(admitted, official), CLERK).member().id();
        reopen();
        MemberFile reloaded = register.loadMember(id);

        Member m = reloaded.member();
        assertEquals("Nguyễn Thị Ánh", m.name().full());
        assertEquals("Ánh", m.name().given());
        assertEquals(Sex.FEMALE, m.sex());
        assertEquals(LocalDate.of(1985, 3, 8), m.birthDate());
        assertEquals("Tày", m.ethnicity());
        assertNull(m.religion(), "\"Không\" means no religion");
        assertEquals("01234567", m.ids().cardNumber());
        assertEquals("012345HN", m.ids().profileNumber());
        assertEquals("001185012345", m.ids().citizenId());
        assertEquals("xã Hải Yến, huyện Tiên Yên", m.profile().birthPlace());
        assertEquals("Giáo viên", m.profile().occupation());

        List<MembershipEvent> events = reloaded.history().events();
        assertEquals(List.of(MembershipEventType.ADMITTED, MembershipEventType.RECOGNIZED_OFFICIAL),
                events.stream().map(MembershipEvent::type).toList());
        assertEquals(LocalDate.of(2010, 5, 19), events.get(0).date());
        assertEquals(branch1, events.get(0).branchId());
        assertEquals("123-QĐ/ĐU", events.get(0).decision().number());
        assertEquals(LocalDate.of(2010, 5, 10), events.get(0).decision().date());
        assertEquals("Đảng ủy xã Hải Yến", events.get(0).decision().issuingBody());
        assertEquals(CLERK, events.get(1).recordedBy());

        assertEquals(MemberStatus.PROBATIONARY, reloaded.history().stateOn(LocalDate.of(2011, 5, 18)).status());
        assertEquals(MemberStatus.OFFICIAL, reloaded.history().stateOn(LocalDate.of(2011, 5, 19)).status());
    }

    @Test
    void recordedEventIsStillThereAfterReopening() {
        long id = createOfficial("Trần Văn Bình", LocalDate.of(1980, 1, 1), null, null, branch1);

        register.recordEvent(id, MembershipEvent.of(MembershipEventType.BRANCH_MOVED, LocalDate.of(2020, 3, 1), branch2), CLERK);
        reopen();

        RegisterEntry entry = register.loadEntry(id);
        assertEquals(branch1, entry.on(LocalDate.of(2020, 2, 29)).state().branchId());
        assertEquals(branch2, entry.on(LocalDate.of(2020, 3, 1)).state().branchId());
        assertEquals(CLERK, register.loadMember(id).history().events().get(2).recordedBy());
    }

    @Test
    void newMemberWithoutAnyEventIsRefused() {
        Member member = person("Lê Văn Cường", LocalDate.of(1980, 1, 1), null, null);

        RecordRejected refused = assertThrows(RecordRejected.class, () -> register.createMember(member, List.of(), CLERK));

        assertEquals("admission", refused.field());
        assertTrue(refused.getMessage().contains("ngày vào Đảng"), refused.getMessage());
        assertEquals(List.of(), register.loadRegister());
    }

    // ---------------------------------------------------------------- duplicate identifiers

    @Test
    void cardNumberAlreadyUsedIsRefusedNamingThePersonWhoHasIt() {
        createOfficial("Nguyễn Văn An", LocalDate.of(1980, 2, 1), "01234567", null, branch1);

        RecordRejected refused = assertThrows(RecordRejected.class, () -> createOfficial("Trần Thị Bình",
                LocalDate.of(1990, 3, 4), "01234567", null, branch2));

        assertEquals("cardNumber", refused.field());
        assertTrue(refused.getMessage().contains("01234567"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Nguyễn Văn An (sinh 01/02/1980)"), refused.getMessage());
        assertEquals(List.of("Nguyễn Văn An"), names(register.loadRegister()));
    }

    @Test
    void citizenIdAlreadyUsedIsRefusedNamingThePersonWhoHasIt() {
        createOfficial("Nguyễn Văn An", LocalDate.of(1980, 2, 1), null, "001080012345", branch1);

        RecordRejected refused = assertThrows(RecordRejected.class, () -> createOfficial("Trần Thị Bình",
                LocalDate.of(1990, 3, 4), null, "001080012345", branch2));

        assertEquals("citizenId", refused.field());
        assertTrue(refused.getMessage().contains("001080012345"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Nguyễn Văn An (sinh 01/02/1980)"), refused.getMessage());
        assertEquals(List.of("Nguyễn Văn An"), names(register.loadRegister()));
    }

    @Test
    void changingSomeonesCitizenIdToOneAlreadyUsedIsRefused() {
        createOfficial("Nguyễn Văn An", LocalDate.of(1980, 2, 1), null, "001080012345", branch1);
        long binh = createOfficial("Trần Thị Bình", LocalDate.of(1990, 3, 4), null, "001190054321", branch2);
        Member loaded = register.loadMember(binh).member();
        Member changed = new Member(loaded.id(), loaded.version(), loaded.name(), loaded.sex(), loaded.birthDate(),
                loaded.ethnicity(), loaded.religion(), new MemberIds(null, null, "001080012345"), loaded.profile());

        RecordRejected refused = assertThrows(RecordRejected.class, () -> register.updateMember(changed));

        assertTrue(refused.getMessage().contains("Nguyễn Văn An"), refused.getMessage());
        assertEquals("001190054321", register.loadMember(binh).member().ids().citizenId());
    }

    @Test
    void savingAPersonWithTheirOwnCardNumberIsNotADuplicate() {
        long id = createOfficial("Nguyễn Văn An", LocalDate.of(1980, 2, 1), "01234567", "001080012345", branch1);
        Member loaded = register.loadMember(id).member();

        Member saved = register.updateMember(rename(loaded, "Nguyễn Văn Ân"));

        assertEquals("Nguyễn Văn Ân", register.loadMember(id).member().name().full());
        assertEquals(loaded.version() + 1, saved.version());
    }

    // ---------------------------------------------------------------- refusals write nothing

    @Test
    void newMemberRefusedForAnImpossibleEventLeavesNothingWritten() {
        Member member = person("Phạm Văn Dũng", LocalDate.of(1985, 1, 1), "07654321", null);
        List<MembershipEvent> events = List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 1, 10), branch1),
                MembershipEvent.of(MembershipEventType.EXPELLED, LocalDate.of(2015, 6, 1), null));

        MembershipRuleViolation refused = assertThrows(MembershipRuleViolation.class,
                () -> register.createMember(member, events, CLERK));

        assertTrue(refused.getMessage().contains("01/06/2015"), refused.getMessage());
        reopen();
        assertEquals(List.of(), register.loadRegister());
        // The card number is still free: nothing of the refused person was kept.
        createOfficial("Phạm Văn Dũng", LocalDate.of(1985, 1, 1), "07654321", null, branch1);
    }

    @Test
    void newMemberRefusedForALaterEventInAClosedBranchLeavesNothingWritten() {
        long closed = new BranchService(database).create("Chi bộ xóm Cũ", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
        new BranchService(database).dissolve(closed, LocalDate.of(2018, 1, 1));
        Member member = person("Hoàng Văn Em", LocalDate.of(1985, 1, 1), null, null);
        List<MembershipEvent> events = List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 1, 10), branch1),
                MembershipEvent.of(MembershipEventType.BRANCH_MOVED, LocalDate.of(2019, 1, 10), closed));

        RecordRejected refused = assertThrows(RecordRejected.class, () -> register.createMember(member, events, CLERK));

        assertEquals("branch", refused.field());
        reopen();
        assertEquals(List.of(), register.loadRegister());
    }

    @Test
    void refusedEventLeavesTheHistoryAsItWas() {
        long id = createOfficial("Trần Văn Bình", LocalDate.of(1980, 1, 1), null, null, branch1);

        MembershipRuleViolation refused = assertThrows(MembershipRuleViolation.class, () -> register.recordEvent(id,
                MembershipEvent.of(MembershipEventType.READMITTED, LocalDate.of(2021, 1, 1), branch1), CLERK));

        assertTrue(refused.getMessage().contains("01/01/2021"), refused.getMessage());
        reopen();
        assertEquals(2, register.loadMember(id).history().events().size());
    }

    // ---------------------------------------------------------------- the register as of a day

    @Test
    void registerAsOfAPastDateShowsEachPersonAsTheyWereThen() {
        long an = createOfficial("Nguyễn Văn An", LocalDate.of(1960, 1, 1), null, null, branch1);
        long binh = createOfficial("Trần Thị Bình", LocalDate.of(1990, 1, 1), null, null, branch2);
        register.recordEvent(an, MembershipEvent.of(MembershipEventType.DIED, LocalDate.of(2022, 8, 15), null), CLERK);
        register.recordEvent(binh, MembershipEvent.of(MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2023, 2, 1), null), CLERK);
        Map<String, RegisterEntry> byName = register.loadRegister().stream()
                .collect(Collectors.toMap(e -> e.name().full(), Function.identity()));

        RegisterEntry anEntry = byName.get("Nguyễn Văn An");
        RegisterEntry binhEntry = byName.get("Trần Thị Bình");
        assertEquals(MemberStatus.NOT_YET_MEMBER, anEntry.on(LocalDate.of(2015, 1, 9)).state().status());
        assertEquals(MemberStatus.PROBATIONARY, anEntry.on(LocalDate.of(2015, 6, 1)).state().status());
        assertEquals(MemberStatus.OFFICIAL, anEntry.on(LocalDate.of(2022, 8, 14)).state().status());
        assertEquals(MemberStatus.DIED, anEntry.on(LocalDate.of(2022, 8, 15)).state().status());
        assertEquals(MemberStatus.OFFICIAL, binhEntry.on(LocalDate.of(2023, 1, 31)).state().status());
        assertEquals(MemberStatus.TRANSFERRED_OUT, binhEntry.on(LocalDate.of(2023, 2, 1)).state().status());

        assertEquals(LocalDate.of(2015, 1, 10), anEntry.on(LocalDate.of(2020, 1, 1)).admissionDate());
        assertEquals(LocalDate.of(2016, 1, 10), anEntry.on(LocalDate.of(2020, 1, 1)).officialDate());
        assertNull(anEntry.on(LocalDate.of(2015, 6, 1)).officialDate());
        assertEquals(60, anEntry.on(LocalDate.of(2020, 1, 1)).age());
        assertEquals(59, anEntry.on(LocalDate.of(2019, 12, 31)).age());
    }

    @Test
    void registerCountsPartyStrengthOnAnyDay() {
        long an = createOfficial("Nguyễn Văn An", LocalDate.of(1960, 1, 1), null, null, branch1);
        createOfficial("Trần Thị Bình", LocalDate.of(1990, 1, 1), null, null, branch2);
        register.recordEvent(an, MembershipEvent.of(MembershipEventType.DIED, LocalDate.of(2022, 8, 15), null), CLERK);

        List<RegisterEntry> entries = register.loadRegister();

        assertEquals(0, strength(entries, LocalDate.of(2015, 1, 9)));
        assertEquals(2, strength(entries, LocalDate.of(2015, 1, 10)));
        assertEquals(2, strength(entries, LocalDate.of(2022, 8, 14)));
        assertEquals(1, strength(entries, LocalDate.of(2022, 8, 15)));
    }

    @Test
    void namesComeBackInVietnameseOrder() {
        List<String> created = List.of("Lê Văn Đức", "Nguyễn Thị Bình", "Phạm Thị Dung", "Trần Văn An", "Hoàng Văn Dũng",
                "Vũ Thị Ánh", "Đỗ Văn Anh", "Bùi Thị Ân", "Ngô Văn Hòa", "Lý Thị Hoa");
        int card = 10000000;
        for (String name : created) {
            createOfficial(name, LocalDate.of(1980, 1, 1), String.valueOf(card++), null, branch1);
        }
        reopen();

        assertEquals(List.of("Trần Văn An", "Đỗ Văn Anh", "Vũ Thị Ánh", "Bùi Thị Ân", "Nguyễn Thị Bình", "Phạm Thị Dung",
                "Hoàng Văn Dũng", "Lê Văn Đức", "Lý Thị Hoa", "Ngô Văn Hòa"), names(register.loadRegister()));
    }

    @Test
    void peopleWithTheSameNameComeOldestFirst() {
        createOfficial("Nguyễn Văn Đức", LocalDate.of(1987, 2, 9), "20000001", null, branch1);
        createOfficial("Nguyễn Văn Đức", LocalDate.of(1948, 1, 29), "20000002", null, branch1);
        createOfficial("Nguyễn Văn Đức", LocalDate.of(1962, 1, 3), "20000003", null, branch1);
        reopen();

        assertEquals(List.of(LocalDate.of(1948, 1, 29), LocalDate.of(1962, 1, 3), LocalDate.of(1987, 2, 9)),
                register.loadRegister().stream().map(RegisterEntry::birthDate).toList());
    }

    // ---------------------------------------------------------------- optimistic version check

    @Test
    void savingOverAChangeMadeSinceOpeningTheRecordIsRefused() {
        long id = createOfficial("Nguyễn Văn An", LocalDate.of(1980, 2, 1), null, null, branch1);
        Member openedInFirstWindow = register.loadMember(id).member();
        Member openedInSecondWindow = register.loadMember(id).member();

        register.updateMember(rename(openedInFirstWindow, "Nguyễn Văn Ân"));
        StaleRecordException stale = assertThrows(StaleRecordException.class,
                () -> register.updateMember(rename(openedInSecondWindow, "Nguyễn Văn Anh")));

        assertTrue(stale.getMessage().contains("Nguyễn Văn Anh"), stale.getMessage());
        assertTrue(stale.getMessage().contains("đã được sửa ở nơi khác"), stale.getMessage());
        reopen();
        assertEquals("Nguyễn Văn Ân", register.loadMember(id).member().name().full());
    }

    @Test
    void aSecondClerkOnAnotherConnectionGetsAMessageInsteadOfOverwritingTheFirst() {
        long id = createOfficial("Nguyễn Văn An", LocalDate.of(1980, 2, 1), null, null, branch1);
        try (Database otherComputer = kind.reopen(dataFolder)) {
            RegisterService otherClerk = new RegisterService(otherComputer);
            Member mine = register.loadMember(id).member();
            Member theirs = otherClerk.loadMember(id).member();

            otherClerk.updateMember(rename(theirs, "Nguyễn Văn Ân"));
            StaleRecordException stale = assertThrows(StaleRecordException.class,
                    () -> register.updateMember(rename(mine, "Nguyễn Văn Anh")));

            assertEquals("Hồ sơ Nguyễn Văn Anh đã được sửa ở nơi khác sau khi bạn mở. Hãy mở lại rồi sửa tiếp.",
                    stale.getMessage());
            assertEquals("Nguyễn Văn Ân", otherClerk.loadMember(id).member().name().full());
        }
        assertEquals("Nguyễn Văn Ân", register.loadMember(id).member().name().full());
    }

    @Test
    void savingAgainWithTheReturnedVersionSucceeds() {
        long id = createOfficial("Nguyễn Văn An", LocalDate.of(1980, 2, 1), null, null, branch1);

        Member first = register.updateMember(rename(register.loadMember(id).member(), "Nguyễn Văn Ân"));
        register.updateMember(rename(first, "Nguyễn Văn Anh"));

        assertEquals("Nguyễn Văn Anh", register.loadMember(id).member().name().full());
        assertEquals(2, register.loadMember(id).member().version());
    }

    @Test
    void changingTheBirthDateSoThatAnEventFallsBeforeItIsRefused() {
        long id = createOfficial("Nguyễn Văn An", LocalDate.of(1980, 2, 1), null, null, branch1);
        Member loaded = register.loadMember(id).member();
        Member wrongBirth = new Member(loaded.id(), loaded.version(), loaded.name(), loaded.sex(), LocalDate.of(2000, 2, 1),
                loaded.ethnicity(), loaded.religion(), loaded.ids(), loaded.profile());

        MembershipRuleViolation refused = assertThrows(MembershipRuleViolation.class, () -> register.updateMember(wrongBirth));

        assertTrue(refused.getMessage().contains("18 tuổi"), refused.getMessage());
        assertEquals(LocalDate.of(1980, 2, 1), register.loadMember(id).member().birthDate());
    }

    // ---------------------------------------------------------------- helpers

    /** A person admitted on 10/01/2015 and recognised official on 10/01/2016 in the branch. */
    private long createOfficial(String name, LocalDate birth, String card, String citizenId, long branch) {
        List<MembershipEvent> events = new ArrayList<>();
        events.add(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 1, 10), branch));
        events.add(MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2016, 1, 10), null));
        return register.createMember(person(name, birth, card, citizenId), events, CLERK).member().id();
    }

    private static Member person(String name, LocalDate birth, String card, String citizenId) {
        return new Member(null, 0, PersonName.parse(name), Sex.MALE, birth, "Kinh", null,
                new MemberIds(card, null, citizenId), null);
    }

    private static Member rename(Member m, String name) {
        return new Member(m.id(), m.version(), PersonName.parse(name), m.sex(), m.birthDate(), m.ethnicity(),
                m.religion(), m.ids(), m.profile());
    }

    private static List<String> names(List<RegisterEntry> entries) {
        return entries.stream().map(e -> e.name().full()).toList();
    }

    private static long strength(List<RegisterEntry> entries, LocalDate day) {
        return entries.stream().filter(e -> e.on(day).state().countsInPartyStrength()).count();
    }
}
