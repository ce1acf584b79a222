package vn.dangvu.model.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;
import vn.dangvu.model.register.RegisterFilter.EthnicityFilter;
import vn.dangvu.model.register.RegisterFilter.StatusFilter;

/** The register's search box and filters, applied to the list as of a chosen day. */
class RegisterFilterTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final long BRANCH_1 = 1;
    private static final long BRANCH_2 = 2;

    // ---------------------------------------------------------------- search

    private static final RegisterEntry DUC = entry(1, "Nguyễn Văn Đức", Sex.MALE, "15/08/1985", "Kinh",
            "01234567", "001085012345", "ADMITTED 10/01/2010 @1; RECOGNIZED_OFFICIAL 10/01/2011");

    @ParameterizedTest(name = "[{index}] \"{0}\" finds Nguyễn Văn Đức: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nguyen van duc     | true
            NGUYEN VAN DUC     | true
            Nguyễn Văn Đức     | true
            DUC                | true
            đức                | true
            duc nguyen         | true
            van   nguyen       | true
            ''                 | true
            0123               | true
            01234567           | true
            001085012345       | true
            nguyen 4567        | true
            dung               | false
            nguyen binh        | false
            duc 99999999       | false
            1234567890         | false
            """)
    void searchIgnoresCaseAndDiacriticsAndNeedsEveryWord(String query, boolean found) {
        assertEquals(found, filter(query).test(DUC.on(AS_OF)));
    }

    @Test
    void nameCopiedFromADocumentWithNonBreakingSpacesIsFound() {
        assertEquals(true, filter("Văn\u00A0Đức").test(DUC.on(AS_OF)));
        assertEquals(true, filter("Nguyễn\u00A0Đức").test(DUC.on(AS_OF)));
    }

    @Test
    void dungFindsDungWithTildeButNotDong() {
        List<RegisterEntry> people = List.of(
                entry(1, "Trần Văn Dũng", Sex.MALE, "01/01/1980", "Kinh", null, null, "ADMITTED 10/01/2010 @1"),
                entry(2, "Lê Văn Đông", Sex.MALE, "01/01/1980", "Kinh", null, null, "ADMITTED 10/01/2010 @1"),
                entry(3, "Phạm Thị Dung", Sex.FEMALE, "01/01/1980", "Kinh", null, null, "ADMITTED 10/01/2010 @1"));

        assertEquals(Set.of("Trần Văn Dũng", "Phạm Thị Dung"), found(people, filter("dung")));
        assertEquals(Set.of("Lê Văn Đông"), found(people, filter("dong")));
        assertEquals(Set.of("Lê Văn Đông"), found(people, filter("ĐÔNG")));
    }

    @Test
    void searchFindsCardNumbersWithTheirLeadingZero() {
        List<RegisterEntry> people = List.of(
                entry(1, "Trần Văn An", Sex.MALE, "01/01/1980", "Kinh", "00123456", null, "ADMITTED 10/01/2010 @1"),
                entry(2, "Lê Văn Bình", Sex.MALE, "01/01/1980", "Kinh", "10012345", null, "ADMITTED 10/01/2010 @1"));

        assertEquals(Set.of("Trần Văn An"), found(people, filter("00123456")));
        assertEquals(Set.of("Trần Văn An", "Lê Văn Bình"), found(people, filter("0012345")));
    }

    @Test
    void searchAppliesToPeopleWithoutCardOrCitizenId() {
        RegisterEntry noIds = entry(1, "Hà Thị Lan", Sex.FEMALE, "01/01/1980", "Kinh", null, null, "ADMITTED 10/01/2010 @1");

        assertEquals(true, filter("lan").test(noIds.on(AS_OF)));
        assertEquals(false, filter("null").test(noIds.on(AS_OF)), "absent ids must not be searchable as \"null\"");
    }

    // ---------------------------------------------------------------- status and branch

    /** One person in each situation the status choices tell apart, as of 30/06/2024. */
    private static final List<RegisterEntry> PEOPLE = List.of(
            entry(1, "Trần Văn An", Sex.MALE, "01/01/1970", "Kinh", null, null,
                    "ADMITTED 10/01/2000 @1; RECOGNIZED_OFFICIAL 10/01/2001"),
            entry(2, "Lò Thị Bình", Sex.FEMALE, "01/01/2000", "Thái", null, null,
                    "ADMITTED 10/01/2024 @2"),
            entry(3, "Nguyễn Văn Cường", Sex.MALE, "01/01/1990", "Kinh", null, null,
                    "ADMITTED 10/01/2015 @1; RECOGNIZED_OFFICIAL 10/01/2016; TEMPORARY_LEAVE 01/03/2024"),
            entry(4, "Hoàng Thị Dung", Sex.FEMALE, "01/01/1992", "Tày", null, null,
                    "ADMITTED 10/01/2015; RECOGNIZED_OFFICIAL 10/01/2016; HOSTING_STARTED 01/02/2024 @1"),
            entry(5, "Lê Văn Đức", Sex.MALE, "01/01/1980", "Kinh", null, null,
                    "ADMITTED 10/01/2005 @1; RECOGNIZED_OFFICIAL 10/01/2006; TRANSFERRED_OUT 01/05/2024"),
            entry(6, "Phạm Văn Giang", Sex.MALE, "01/01/1980", "Kinh", null, null,
                    "ADMITTED 10/01/2005 @2; RECOGNIZED_OFFICIAL 10/01/2006; REMOVED 01/05/2023"),
            entry(7, "Vũ Văn Hà", Sex.MALE, "01/01/1980", "Kinh", null, null,
                    "ADMITTED 10/01/2005 @2; RECOGNIZED_OFFICIAL 10/01/2006; EXPELLED 01/05/2023"),
            entry(8, "Đỗ Thị Khánh", Sex.FEMALE, "01/01/1980", "Kinh", null, null,
                    "ADMITTED 10/01/2005 @2; RECOGNIZED_OFFICIAL 10/01/2006; RESIGNED 01/05/2023"),
            entry(9, "Bùi Văn Lâm", Sex.MALE, "01/01/1940", "Kinh", null, null,
                    "ADMITTED 10/01/1965 @1; RECOGNIZED_OFFICIAL 10/01/1966; DIED 01/05/2024"),
            entry(10, "Đinh Văn Minh", Sex.MALE, "01/01/1950", "Mường", null, null,
                    "ADMITTED 10/01/1975 @2; RECOGNIZED_OFFICIAL 10/01/1976; EXEMPTED 01/01/2020"),
            entry(11, "Ngô Thị Nga", Sex.FEMALE, "01/01/2001", "Kinh", null, null,
                    "ADMITTED 10/07/2024 @1"));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            IN_STRENGTH       | Trần Văn An, Lò Thị Bình, Nguyễn Văn Cường, Đinh Văn Minh
            OFFICIAL          | Trần Văn An, Nguyễn Văn Cường, Đinh Văn Minh
            PROBATIONARY      | Lò Thị Bình
            TEMPORARILY_AWAY  | Nguyễn Văn Cường
            HOSTED            | Hoàng Thị Dung
            TRANSFERRED_OUT   | Lê Văn Đức
            LEFT              | Phạm Văn Giang, Vũ Văn Hà, Đỗ Thị Khánh
            DIED              | Bùi Văn Lâm
            ALL               | Trần Văn An, Lò Thị Bình, Nguyễn Văn Cường, Hoàng Thị Dung, Lê Văn Đức, Phạm Văn Giang, Vũ Văn Hà, Đỗ Thị Khánh, Bùi Văn Lâm, Đinh Văn Minh
            """)
    void statusChoiceShowsThePeopleInThatSituationOnTheAsOfDay(StatusFilter status, String expected) {
        RegisterFilter filter = new RegisterFilter("", null, status, null, null, null, null);

        assertEquals(names(expected), found(PEOPLE, filter));
    }

    @Test
    void statusIsTakenOnTheAsOfDayNotToday() {
        RegisterFilter died = new RegisterFilter("", null, StatusFilter.DIED, null, null, null, null);
        RegisterFilter inStrength = RegisterFilter.ALL_IN_STRENGTH;

        assertEquals(Set.of(), found(PEOPLE, died, LocalDate.of(2024, 4, 30)));
        assertEquals(true, found(PEOPLE, inStrength, LocalDate.of(2024, 4, 30)).contains("Bùi Văn Lâm"));
        assertEquals(Set.of("Ngô Thị Nga"),
                difference(found(PEOPLE, inStrength, LocalDate.of(2024, 7, 10)), found(PEOPLE, inStrength)));
    }

    @ParameterizedTest(name = "[{index}] branch {0}, {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | IN_STRENGTH | Trần Văn An, Nguyễn Văn Cường
            2 | IN_STRENGTH | Lò Thị Bình, Đinh Văn Minh
            1 | HOSTED      | Hoàng Thị Dung
            2 | LEFT        | Phạm Văn Giang, Vũ Văn Hà, Đỗ Thị Khánh
            """)
    void branchChoiceShowsThePeopleOfThatBranch(long branch, StatusFilter status, String expected) {
        RegisterFilter filter = new RegisterFilter("", branch, status, null, null, null, null);

        assertEquals(names(expected), found(PEOPLE, filter));
    }

    @Test
    void branchFilterUsesTheBranchOnTheAsOfDay() {
        RegisterEntry moved = entry(1, "Trần Văn An", Sex.MALE, "01/01/1970", "Kinh", null, null,
                "ADMITTED 10/01/2000 @1; RECOGNIZED_OFFICIAL 10/01/2001; BRANCH_MOVED 01/07/2024 @2");
        RegisterFilter inBranch1 = new RegisterFilter("", BRANCH_1, StatusFilter.IN_STRENGTH, null, null, null, null);
        RegisterFilter inBranch2 = new RegisterFilter("", BRANCH_2, StatusFilter.IN_STRENGTH, null, null, null, null);

        assertEquals(true, inBranch1.test(moved.on(LocalDate.of(2024, 6, 30))));
        assertEquals(false, inBranch2.test(moved.on(LocalDate.of(2024, 6, 30))));
        assertEquals(false, inBranch1.test(moved.on(LocalDate.of(2024, 7, 1))));
        assertEquals(true, inBranch2.test(moved.on(LocalDate.of(2024, 7, 1))));
    }

    // ---------------------------------------------------------------- sex, age, ethnicity, exemption

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            MALE    | Trần Văn An, Nguyễn Văn Cường, Đinh Văn Minh
            FEMALE  | Lò Thị Bình
            """)
    void sexChoiceCombinesWithTheStatusChoice(Sex sex, String expected) {
        RegisterFilter filter = new RegisterFilter("", null, StatusFilter.IN_STRENGTH, sex, null, null, null);

        assertEquals(names(expected), found(PEOPLE, filter));
    }

    @ParameterizedTest(name = "[{index}] born {0}, on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            15/06/1994 | 14/06/2024 | UP_TO_30
            15/06/1994 | 15/06/2024 | UP_TO_30
            15/06/1993 | 14/06/2024 | UP_TO_30
            15/06/1993 | 15/06/2024 | FROM_31_TO_35
            15/06/1989 | 15/06/2024 | FROM_31_TO_35
            15/06/1988 | 15/06/2024 | FROM_36_TO_40
            15/06/1964 | 15/06/2024 | FROM_56_TO_60
            15/06/1963 | 14/06/2024 | FROM_56_TO_60
            15/06/1963 | 15/06/2024 | OVER_60
            01/01/1930 | 31/12/2024 | OVER_60
            """)
    void ageBandCountsTheAgeReachedOnTheAsOfDay(String birth, String on, AgeBand band) {
        RegisterEntry person = entry(1, "Trần Văn An", Sex.MALE, birth, "Kinh", null, null, "ADMITTED 10/01/2023 @1");
        LocalDate asOf = date(on);

        for (AgeBand candidate : AgeBand.values()) {
            RegisterFilter filter = new RegisterFilter("", null, StatusFilter.ALL, null, candidate, null, null);
            assertEquals(candidate == band, filter.test(person.on(asOf)), () -> "band " + candidate);
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            minority   | Lò Thị Bình, Hoàng Thị Dung, Đinh Văn Minh
            Thái       | Lò Thị Bình
            thai       | Lò Thị Bình
            Tày        | Hoàng Thị Dung
            MƯỜNG      | Đinh Văn Minh
            Kinh       | Trần Văn An, Nguyễn Văn Cường, Lê Văn Đức, Phạm Văn Giang, Vũ Văn Hà, Đỗ Thị Khánh, Bùi Văn Lâm
            Khmer      | ''
            """)
    void ethnicityChoiceIsTheMinorityAsAWholeOrOneNamedGroup(String choice, String expected) {
        EthnicityFilter ethnicity = choice.equals("minority") ? EthnicityFilter.MINORITY : EthnicityFilter.named(choice);
        RegisterFilter filter = new RegisterFilter("", null, StatusFilter.ALL, null, null, ethnicity, null);

        assertEquals(names(expected), found(PEOPLE, filter));
    }

    @Test
    void kinhWrittenInAnyCaseIsNotAMinority() {
        RegisterEntry kinh = entry(1, "Trần Văn An", Sex.MALE, "01/01/1970", "KINH", null, null, "ADMITTED 10/01/2000 @1");
        RegisterFilter minority = new RegisterFilter("", null, StatusFilter.ALL, null, null, EthnicityFilter.MINORITY, null);

        assertEquals(false, minority.test(kinh.on(AS_OF)));
    }

    @ParameterizedTest(name = "[{index}] exempt {0}")
    @CsvSource(delimiter = '|', textBlock = """
            true   | Đinh Văn Minh
            false  | Trần Văn An, Lò Thị Bình, Nguyễn Văn Cường
            """)
    void exemptChoiceSeparatesExemptMembers(boolean exempt, String expected) {
        RegisterFilter filter = new RegisterFilter("", null, StatusFilter.IN_STRENGTH, null, null, null, exempt);

        assertEquals(names(expected), found(PEOPLE, filter));
    }

    @Test
    void searchAndFiltersApplyTogether() {
        RegisterFilter filter = new RegisterFilter("van", BRANCH_1, StatusFilter.OFFICIAL, Sex.MALE, null, null, null);

        assertEquals(Set.of("Trần Văn An", "Nguyễn Văn Cường"), found(PEOPLE, filter));
        assertEquals(Set.of("Nguyễn Văn Cường"), found(PEOPLE, filter.withQuery("cuong")));
    }

    @Test
    void noChoiceShowsEveryoneWhoWasEverInTheRegister() {
        RegisterFilter nothingChosen = new RegisterFilter(null, null, null, null, null, null, null);

        assertEquals(PEOPLE.size() - 1, found(PEOPLE, nothingChosen).size(),
                "everyone but the person admitted after the as-of day");
    }

    // ---------------------------------------------------------------- helpers

    private static RegisterFilter filter(String query) {
        return new RegisterFilter(query, null, StatusFilter.ALL, null, null, null, null);
    }

    private static Set<String> found(List<RegisterEntry> people, RegisterFilter filter) {
        return found(people, filter, AS_OF);
    }

    private static Set<String> found(List<RegisterEntry> people, RegisterFilter filter, LocalDate asOf) {
        return people.stream().map(p -> p.on(asOf)).filter(filter).map(row -> row.entry().name().full())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static RegisterEntry entry(long id, String name, Sex sex, String birth, String ethnicity, String card,
                                       String citizenId, String events) {
        LocalDate birthDate = date(birth);
        MembershipHistory history = MembershipHistory.empty();
        for (String spec : events.split(";")) {
            String[] words = spec.strip().split("\\s+");
            Long branch = words.length > 2 ? Long.valueOf(words[2].substring(1)) : null;
            history = history.append(MembershipEvent.of(MembershipEventType.valueOf(words[0]), date(words[1]), branch),
                    birthDate);
        }
        MemberIds ids = new MemberIds(card, null, citizenId);
        return RegisterEntry.of(id, PersonName.parse(name), sex, birthDate, ethnicity, ids.cardNumber(),
                ids.citizenId(), history);
    }

    private static LocalDate date(String text) {
        return DateFormats.parse(text).orElseThrow();
    }
}
