package vn.dangvu.logic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;
import vn.dangvu.model.VietnameseText;

/** The demo data as a user would look at it: 500 people in a real H2 file. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final int PEOPLE = 500;

    private Database database;
    private DemoDataGenerator generator;
    private DemoSummary summary;
    private List<RegisterEntry> register;
    private List<Branch> branches;

    @BeforeAll
    void fill(@TempDir Path dataFolder) {
        database = Database.open(dataFolder);
        generator = new DemoDataGenerator(7);
        summary = generator.fill(database, PEOPLE, TODAY);
        register = new RegisterService(database).loadRegister();
        branches = new BranchService(database).all();
    }

    @AfterAll
    void close() {
        database.close();
    }

    private List<MembershipState> statesToday() {
        return register.stream().map(e -> e.history().stateOn(TODAY)).toList();
    }

    private long count(Predicate<MembershipState> test) {
        return statesToday().stream().filter(test).count();
    }

    @Test
    void theSummaryMatchesWhatIsStored() {
        assertEquals(PEOPLE, summary.people());
        assertEquals(PEOPLE, register.size());
        assertEquals(count(MembershipState::countsInPartyStrength), summary.inPartyStrength());
        assertEquals(register.stream().mapToInt(e -> e.history().events().size()).sum(), summary.events());
        assertEquals(branches.stream().filter(b -> b.activeOn(TODAY)).count(), summary.branches());
        assertEquals(0, generator.rejectedDraws(), "no drawn history should have broken a rule");
        assertTrue(new CommitteeService(database).find().isPresent(), "a committee is created");
    }

    @Test
    void everyHistoryIsValidAndNothingIsInTheFuture() {
        for (RegisterEntry entry : register) {
            entry.history().validate(entry.birthDate()); // throws with the reason if not
            for (MembershipEvent event : entry.history().events()) {
                assertFalse(event.date().isAfter(TODAY), entry.name() + ": " + event);
            }
        }
    }

    @Test
    void admissionsAreAtEighteenOrOlderMostlyBetweenTwentyAndThirtyFive() {
        List<Integer> ages = new ArrayList<>();
        Set<Integer> years = new HashSet<>();
        for (RegisterEntry entry : register) {
            for (MembershipEvent event : entry.history().events()) {
                if (event.type() == MembershipEventType.ADMITTED || event.type() == MembershipEventType.READMITTED) {
                    int age = Period.between(entry.birthDate(), event.date()).getYears();
                    assertTrue(age >= 18, entry.name() + " admitted at " + age);
                    ages.add(age);
                    years.add(event.date().getYear());
                }
            }
        }
        long typical = ages.stream().filter(a -> a >= 20 && a <= 35).count();
        assertTrue(typical > ages.size() * 0.6, typical + " of " + ages.size() + " admitted at 20–35");
        assertTrue(years.stream().anyMatch(y -> y <= TODAY.getYear() - 40), "admissions go back decades");
        assertTrue(years.contains(TODAY.getYear() - 1), "recent admissions too");
    }

    @Test
    void namesAreVietnameseWithDiacritics() {
        long marked = register.stream().map(e -> e.name().full())
                .filter(n -> !VietnameseText.fold(n).equalsIgnoreCase(n)).count();
        assertTrue(marked > PEOPLE * 0.8, marked + " names with diacritics");
        for (RegisterEntry entry : register) {
            String full = entry.name().full();
            assertTrue(Normalizer.isNormalized(full, Normalizer.Form.NFC), full);
            assertFalse(entry.name().given().isEmpty());
        }
        Map<String, Long> families = register.stream()
                .collect(Collectors.groupingBy(e -> e.name().family(), Collectors.counting()));
        long nguyen = families.getOrDefault("Nguyễn", 0L);
        assertTrue(nguyen > PEOPLE * 0.2 && nguyen < PEOPLE * 0.5, nguyen + " Nguyễn");
        assertTrue(families.containsKey("Trần") && families.containsKey("Lê") && families.containsKey("Phạm"));
        Set<String> given = register.stream().map(e -> e.name().given()).collect(Collectors.toSet());
        assertTrue(given.size() >= 60, given.size() + " given names");
        long women = register.stream().filter(e -> e.sex() == Sex.FEMALE).toList().stream()
                .filter(e -> e.name().middle().startsWith("Thị")).count();
        assertTrue(women > 0, "women named Thị");
    }

    @Test
    void cardNumbersAndCitizenIdsAreUniqueDigitStrings() {
        List<String> cards = register.stream().map(RegisterEntry::cardNumber).filter(c -> c != null).toList();
        assertTrue(cards.size() > PEOPLE * 0.8, cards.size() + " cards");
        assertEquals(cards.size(), new HashSet<>(cards).size(), "card numbers are unique");
        assertTrue(cards.stream().allMatch(c -> c.matches("\\d{8}")), "8 digits");
        assertTrue(cards.stream().anyMatch(c -> c.startsWith("0")), "some card numbers keep a leading zero");
        List<String> citizenIds = register.stream().map(RegisterEntry::citizenId).filter(c -> c != null).toList();
        assertTrue(citizenIds.size() > PEOPLE * 0.8, citizenIds.size() + " CCCD");
        assertEquals(citizenIds.size(), new HashSet<>(citizenIds).size(), "CCCD are unique");
        assertTrue(citizenIds.stream().allMatch(c -> c.matches("\\d{12}")), "12 digits");
    }

    @Test
    void theRegisterHasEverySituationAClerkMeets() {
        assertTrue(count(s -> s.status() == MemberStatus.PROBATIONARY) > 0, "probationary");
        assertTrue(count(s -> s.countsInPartyStrength() && s.exempt()) > 0, "exempt");
        assertTrue(count(s -> s.countsInPartyStrength() && s.temporarilyAway()) > 0, "temporarily away");
        assertTrue(count(s -> s.status() == MemberStatus.DIED) > 0, "died");
        assertTrue(count(s -> s.status() == MemberStatus.TRANSFERRED_OUT) > 0, "transferred out");
        assertTrue(count(s -> s.status() == MemberStatus.HOSTED) > 0, "hosted from elsewhere");
        assertTrue(count(s -> s.status() == MemberStatus.REMOVED) > 0, "removed");
        assertTrue(count(s -> s.status() == MemberStatus.EXPELLED) > 0, "expelled");
        Set<MembershipEventType> types = register.stream().flatMap(e -> e.history().events().stream())
                .map(MembershipEvent::type).collect(Collectors.toSet());
        for (MembershipEventType type : List.of(MembershipEventType.TRANSFERRED_IN, MembershipEventType.TEMPORARY_RETURN,
                MembershipEventType.BRANCH_MOVED, MembershipEventType.READMITTED, MembershipEventType.RESTORED,
                MembershipEventType.HOSTING_ENDED)) {
            assertTrue(types.contains(type), type.label());
        }
        // A probationary removal: removed without ever having been recognised.
        assertTrue(register.stream().anyMatch(e -> {
            List<MembershipEventType> t = e.history().events().stream().map(MembershipEvent::type).toList();
            return t.contains(MembershipEventType.REMOVED) && !t.contains(MembershipEventType.RECOGNIZED_OFFICIAL);
        }), "a probationary member removed");
    }

    @Test
    void thePeopleLookLikeARuralCommittee() {
        List<RegisterEntry> members = register.stream()
                .filter(e -> e.history().stateOn(TODAY).countsInPartyStrength()).toList();
        double men = members.stream().filter(e -> e.sex() == Sex.MALE).count() / (double) members.size();
        assertTrue(men > 0.6 && men < 0.8, "men " + men);
        Function<RegisterEntry, Integer> age = e -> Period.between(e.birthDate(), TODAY).getYears();
        double over60 = members.stream().filter(e -> age.apply(e) > 60).count() / (double) members.size();
        double under25 = members.stream().filter(e -> age.apply(e) < 25).count() / (double) members.size();
        double from30to60 = members.stream().filter(e -> age.apply(e) >= 30 && age.apply(e) <= 60).count()
                / (double) members.size();
        assertTrue(over60 > 0.12 && over60 < 0.4, "over 60: " + over60);
        assertTrue(under25 < 0.1, "under 25: " + under25);
        assertTrue(from30to60 > 0.5, "30–60: " + from30to60);
        long minorities = members.stream().filter(RegisterEntry::ethnicMinority).count();
        assertTrue(minorities > 0 && minorities < members.size() / 2, minorities + " ethnic minority");
    }

    @Test
    void branchesAreNamedKindedAndMergedWithTheirMembers() {
        List<Branch> active = branches.stream().filter(b -> b.activeOn(TODAY)).toList();
        assertTrue(active.size() >= 8, active.size() + " branches");
        assertEquals(branches.size(), branches.stream().map(Branch::name).distinct().count(), "unique names");
        assertTrue(branches.stream().allMatch(b -> b.name().startsWith("Chi bộ ")));
        Set<BranchKind> kinds = active.stream().map(Branch::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(List.of(BranchKind.VILLAGE, BranchKind.SCHOOL, BranchKind.POLICE,
                BranchKind.MILITIA, BranchKind.OFFICE)), kinds.toString());
        assertTrue(active.stream().filter(b -> b.kind() == BranchKind.VILLAGE).count() > active.size() / 2);
        assertTrue(branches.stream().anyMatch(b -> b.name().equals("Chi bộ Công an xã")));
        List<Branch> merged = branches.stream().filter(b -> b.mergedIntoId() != null).toList();
        assertFalse(merged.isEmpty(), "a branch merged in the past");
        for (Branch branch : merged) {
            assertNotNull(branch.note());
            for (RegisterEntry entry : register) {
                MembershipState state = entry.history().stateOn(branch.dissolvedOn());
                boolean there = branch.id().equals(state.branchId())
                        && (state.countsInPartyStrength() || state.status() == MemberStatus.HOSTED);
                assertFalse(there, entry.name() + " left in " + branch.name());
            }
        }
        assertTrue(register.stream().anyMatch(e -> e.history().events().stream().anyMatch(ev ->
                        ev.type() == MembershipEventType.BRANCH_MOVED && merged.stream().anyMatch(b ->
                                b.dissolvedOn().equals(ev.date()) && b.mergedIntoId().equals(ev.branchId())))),
                "members moved on the day of a merger");
        // Events name only branches that are open that day.
        Map<Long, Branch> byId = branches.stream().collect(Collectors.toMap(Branch::id, b -> b));
        for (RegisterEntry entry : register) {
            for (MembershipEvent event : entry.history().events()) {
                if (event.branchId() != null) {
                    assertTrue(byId.get(event.branchId()).activeOn(event.date()), entry.name() + ": " + event);
                }
            }
        }
    }

    @Test
    void decisionsHaveNumbersAndDates() {
        RegisterService service = new RegisterService(database);
        int checked = 0;
        for (RegisterEntry entry : register.subList(0, 100)) {
            MemberFile file = service.loadMember(entry.id());
            for (MembershipEvent event : file.history().events()) {
                if (event.type() == MembershipEventType.ADMITTED && event.branchId() != null) {
                    assertTrue(event.decision().number().matches("\\d+-QĐ/ĐU"), event.decision().number());
                    assertTrue(event.decision().date().isBefore(event.date()));
                    assertEquals("Đảng ủy xã Hải Yến", event.decision().issuingBody());
                    checked++;
                }
                if (event.type() == MembershipEventType.TRANSFERRED_IN) {
                    assertTrue(event.otherOrganisation().isKnown(), "transfers name the other side");
                }
                assertEquals(PersonFactory.RECORDED_BY, event.recordedBy());
            }
            assertNotNull(file.member().profile().permanentAddress());
            assertNotNull(file.member().profile().generalEducation());
        }
        assertTrue(checked > 50, checked + " admissions checked");
    }

    @Test
    void aSecondFillIsRefusedAndChangesNothing() {
        int before = new RegisterService(database).loadRegister().size();
        int branchesBefore = new BranchService(database).all().size();
        RecordRejected refused = assertThrows(RecordRejected.class,
                () -> new DemoDataGenerator(8).fill(database, 10, TODAY));
        assertTrue(refused.getMessage().contains("đã có " + (before == PEOPLE ? "500" : "") ), refused.getMessage());
        assertTrue(refused.getMessage().contains("thư mục dữ liệu mới"), refused.getMessage());
        assertEquals(before, new RegisterService(database).loadRegister().size());
        assertEquals(branchesBefore, new BranchService(database).all().size());
    }

    @Test
    void theClerkCanAddAMemberAndABranchAfterwards() {
        long maxId = register.stream().mapToLong(RegisterEntry::id).max().orElseThrow();
        Branch village = branches.stream().filter(b -> b.activeOn(TODAY) && b.kind() == BranchKind.VILLAGE)
                .findFirst().orElseThrow();
        Member person = new Member(null, 0, new PersonName("Nguyễn", "Thị", "Hoa"), Sex.FEMALE,
                LocalDate.of(1998, 4, 2), "Kinh", null, new MemberIds(null, null, null), null);
        MemberFile created = new RegisterService(database).createMember(person,
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, TODAY, village.id())), "Văn phòng");
        assertTrue(created.member().id() > maxId, "new id " + created.member().id() + " after " + maxId);
        MembershipEvent recorded = new RegisterService(database).recordEvent(created.member().id(),
                MembershipEvent.of(MembershipEventType.TEMPORARY_LEAVE, TODAY.plusDays(1), null), "Văn phòng");
        assertNotNull(recorded.id());
        Branch added = new BranchService(database).create("Chi bộ thôn Mới Lập", BranchKind.VILLAGE, TODAY);
        assertTrue(branches.stream().allMatch(b -> b.id() < added.id()));
    }

    @Test
    void theSameSeedGivesTheSameData(@TempDir Path first, @TempDir Path second) {
        List<String> a = snapshot(first, 7);
        List<String> b = snapshot(second, 7);
        assertEquals(a, b);
    }

    private static List<String> snapshot(Path folder, long seed) {
        try (Database db = Database.open(folder)) {
            new DemoDataGenerator(seed).fill(db, 120, TODAY);
            return new RegisterService(db).loadRegister().stream()
                    .map(e -> e.name() + "|" + e.birthDate() + "|" + e.cardNumber() + "|" + e.citizenId() + "|"
                            + e.history().events().stream().map(ev -> ev.type() + "@" + ev.date() + "@" + ev.branchId())
                            .collect(Collectors.joining(",")))
                    .toList();
        }
    }
}
