package vn.dangvu.model.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.model.stats.StatisticsScenario.A;
import static vn.dangvu.model.stats.StatisticsScenario.B;
import static vn.dangvu.model.stats.StatisticsScenario.C;
import static vn.dangvu.model.stats.StatisticsScenario.D;
import static vn.dangvu.model.stats.StatisticsScenario.E;
import static vn.dangvu.model.stats.StatisticsScenario.F;
import static vn.dangvu.model.stats.StatisticsScenario.G;
import static vn.dangvu.model.stats.StatisticsScenario.H;
import static vn.dangvu.model.stats.StatisticsScenario.I;
import static vn.dangvu.model.stats.StatisticsScenario.J;
import static vn.dangvu.model.stats.StatisticsScenario.K;
import static vn.dangvu.model.stats.StatisticsScenario.KHE_MAN;
import static vn.dangvu.model.stats.StatisticsScenario.N;
import static vn.dangvu.model.stats.StatisticsScenario.NA_PAN;
import static vn.dangvu.model.stats.StatisticsScenario.O;
import static vn.dangvu.model.stats.StatisticsScenario.P;
import static vn.dangvu.model.stats.StatisticsScenario.Q;
import static vn.dangvu.model.stats.StatisticsScenario.R;
import static vn.dangvu.model.stats.StatisticsScenario.S;
import static vn.dangvu.model.stats.StatisticsScenario.SCHOOL;
import static vn.dangvu.model.stats.StatisticsScenario.T;
import static vn.dangvu.model.stats.StatisticsScenario.TEA_COMPANY;
import static vn.dangvu.model.stats.StatisticsScenario.U;
import static vn.dangvu.model.stats.StatisticsScenario.V;
import static vn.dangvu.model.stats.StatisticsScenario.W;
import static vn.dangvu.model.stats.StatisticsScenario.date;
import static vn.dangvu.model.stats.StatisticsScenario.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.AgeBand;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;

/**
 * Biểu 1, 3 and 4, đảng số per branch and the ratings, computed for {@link StatisticsScenario}
 * and checked person by person: every figure is asserted through the people behind it.
 */
class StatisticsCalculatorTest {

    /** Đảng số at the end of 31/12/2022 (the opening of 2023). */
    private static final long[] END_OF_2022 = {A, D, H, J, K, N, O, P, Q, R, U, V, W};
    /** Đảng số at the end of 31/12/2023. */
    private static final long[] END_OF_2023 = {A, B, C, D, E, F, G, J, K, N, S, T, U, V};

    private static void assertIds(Figure figure, long... expected) {
        assertArrayEquals(sorted(expected), sorted(figure.ids()), () -> "this period: " + Arrays.toString(figure.ids()));
        assertEquals(expected.length, figure.value());
    }

    private static void assertLastYearIds(Figure figure, long... expected) {
        assertArrayEquals(sorted(expected), sorted(figure.lastYearIds()),
                () -> "last year: " + Arrays.toString(figure.lastYearIds()));
        assertEquals(expected.length, figure.lastYear());
    }

    private static long[] sorted(long[] ids) {
        long[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }

    // ---------------------------------------------------------------- Biểu 1 for a year

    @Test
    void yearChangeCountsEveryFlowOnceAndBalances() {
        ChangeTable change = report("01/01/2023", "31/12/2023").change();
        assertAll(
                () -> assertIds(change.get(ChangeLine.OPENING), END_OF_2022),
                () -> assertIds(change.get(ChangeLine.ADMITTED), B, C, S),
                () -> assertIds(change.get(ChangeLine.READMITTED), S),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_IN), E, F, G, V),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_IN_FROM_OTHER_PROVINCE), E),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_IN_FROM_OTHER_DISTRICT), F, V),
                () -> assertIds(change.get(ChangeLine.RESTORED), T),
                () -> assertIds(change.get(ChangeLine.INCREASES), B, C, S, E, F, G, V, T),
                () -> assertIds(change.get(ChangeLine.DIED), O),
                () -> assertIds(change.get(ChangeLine.EXPELLED), Q),
                () -> assertIds(change.get(ChangeLine.REMOVED), P, W),
                () -> assertIds(change.get(ChangeLine.REMOVED_PROBATIONARY), P),
                () -> assertIds(change.get(ChangeLine.RESIGNED), R),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_OUT), H, V),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_OUT_TO_OTHER_PROVINCE), H),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_OUT_TO_OTHER_DISTRICT), V),
                () -> assertIds(change.get(ChangeLine.DECREASES), O, Q, P, W, R, H, V),
                () -> assertIds(change.get(ChangeLine.CLOSING), END_OF_2023),
                () -> assertIds(change.get(ChangeLine.UNLISTED_INCREASE)),
                () -> assertIds(change.get(ChangeLine.UNLISTED_DECREASE)),
                () -> assertTrue(change.balanced()),
                () -> assertTrue(change.balancedLastYear()));
    }

    @Test
    void anEventOnTheFirstDayIsAFlowAndNotInTheOpeningCount() {
        ChangeTable change = report("01/01/2023", "31/12/2023").change();
        assertFalse(contains(change.get(ChangeLine.OPENING).ids(), B), "admitted on 01/01/2023");
        assertTrue(contains(change.get(ChangeLine.ADMITTED).ids(), B));
        // transferred out on 31/12/2022: a flow of 2022, already gone at the opening of 2023
        assertFalse(contains(change.get(ChangeLine.OPENING).ids(), I));
        assertFalse(contains(change.get(ChangeLine.TRANSFERRED_OUT).ids(), I));
        assertTrue(contains(change.get(ChangeLine.TRANSFERRED_OUT).lastYearIds(), I));
    }

    @Test
    void anEventOnTheLastDayCountsAndTakesEffectInTheClosingCount() {
        ChangeTable change = report("01/01/2023", "31/12/2023").change();
        assertTrue(contains(change.get(ChangeLine.ADMITTED).ids(), C), "admitted on 31/12/2023");
        assertTrue(contains(change.get(ChangeLine.CLOSING).ids(), C));
        assertTrue(contains(change.get(ChangeLine.REMOVED).ids(), W), "removed on 31/12/2023");
        assertFalse(contains(change.get(ChangeLine.CLOSING).ids(), W));
    }

    @Test
    void temporaryTransfersHostingExemptionAndBranchMovesAreNoFlow() {
        ChangeTable change = report("01/01/2023", "31/12/2023").change();
        for (ChangeLine line : ChangeLine.values()) {
            if (line != ChangeLine.OPENING && line != ChangeLine.CLOSING) {
                for (long id : new long[] {J, K, StatisticsScenario.L, StatisticsScenario.M, N, U}) {
                    assertFalse(contains(change.get(line).ids(), id), line + " holds " + id);
                }
            }
        }
    }

    @Test
    void sameYearLastYearAndPercent() {
        ChangeTable change = report("01/01/2023", "31/12/2023").change();
        assertAll(
                () -> assertLastYearIds(change.get(ChangeLine.OPENING), A, H, I, J, K, N, O, Q, R, T, U, V, W),
                () -> assertLastYearIds(change.get(ChangeLine.ADMITTED), D, P),
                () -> assertLastYearIds(change.get(ChangeLine.EXPELLED), T),
                () -> assertLastYearIds(change.get(ChangeLine.TRANSFERRED_OUT), I),
                () -> assertLastYearIds(change.get(ChangeLine.TRANSFERRED_OUT_TO_OTHER_DISTRICT)),
                () -> assertLastYearIds(change.get(ChangeLine.RESTORED)),
                () -> assertLastYearIds(change.get(ChangeLine.CLOSING), END_OF_2022),
                () -> assertEquals(new BigDecimal("100.00"), change.get(ChangeLine.OPENING).percent()),
                () -> assertEquals(new BigDecimal("150.00"), change.get(ChangeLine.ADMITTED).percent()),
                () -> assertEquals(new BigDecimal("107.69"), change.get(ChangeLine.CLOSING).percent()),
                () -> assertNull(change.get(ChangeLine.RESTORED).percent(), "nothing last year: no percentage"));
    }

    // ---------------------------------------------------------------- Biểu 1 for a quarter and an empty period

    @Test
    void quarterChange() {
        ChangeTable change = report("01/04/2023", "30/06/2023").change();
        assertAll(
                () -> assertIds(change.get(ChangeLine.OPENING), A, B, D, H, J, K, N, O, P, Q, R, U, W),
                () -> assertIds(change.get(ChangeLine.ADMITTED)),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_IN), E, F),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_IN_FROM_OTHER_PROVINCE), E),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_IN_FROM_OTHER_DISTRICT), F),
                () -> assertIds(change.get(ChangeLine.RESTORED)),
                () -> assertIds(change.get(ChangeLine.DIED), O),
                () -> assertIds(change.get(ChangeLine.EXPELLED), Q),
                () -> assertIds(change.get(ChangeLine.REMOVED), P),
                () -> assertIds(change.get(ChangeLine.REMOVED_PROBATIONARY), P),
                () -> assertIds(change.get(ChangeLine.RESIGNED)),
                () -> assertIds(change.get(ChangeLine.TRANSFERRED_OUT)),
                () -> assertIds(change.get(ChangeLine.CLOSING), A, B, D, E, F, H, J, K, N, R, U, W),
                () -> assertTrue(change.balanced()),
                // the second quarter of 2022 had no event at all
                () -> assertLastYearIds(change.get(ChangeLine.OPENING), A, D, H, I, J, K, N, O, P, Q, R, U, V, W),
                () -> assertLastYearIds(change.get(ChangeLine.INCREASES)),
                () -> assertLastYearIds(change.get(ChangeLine.DECREASES)),
                () -> assertLastYearIds(change.get(ChangeLine.CLOSING), A, D, H, I, J, K, N, O, P, Q, R, U, V, W));
    }

    @Test
    void periodWithoutEventsHasNoFlowAndOpensAsItCloses() {
        StatisticsReport report = report("02/01/2023", "31/01/2023");
        ChangeTable change = report.change();
        for (ChangeLine line : ChangeLine.values()) {
            if (line != ChangeLine.OPENING && line != ChangeLine.CLOSING) {
                assertEquals(0, change.get(line).value(), line.name());
            }
        }
        assertIds(change.get(ChangeLine.OPENING), A, B, D, H, J, K, N, O, P, Q, R, U, V, W);
        assertIds(change.get(ChangeLine.CLOSING), A, B, D, H, J, K, N, O, P, Q, R, U, V, W);
        assertTrue(change.balanced());
    }

    @ParameterizedTest(name = "{0} – {1}")
    @CsvSource({
        "01/01/2021, 31/12/2021", "01/01/2022, 31/12/2022", "01/01/2023, 31/12/2023", "01/01/2024, 31/12/2024",
        "01/03/2023, 01/03/2023", "31/12/2023, 31/12/2023", "15/02/2022, 14/11/2023", "01/01/1960, 31/12/2030",
        "01/07/2023, 30/09/2023", "01/10/2023, 31/12/2023",
    })
    void openingPlusIncreasesMinusDecreasesIsClosingForAnyPeriod(String from, String to) {
        ChangeTable change = report(from, to).change();
        assertEquals(change.get(ChangeLine.CLOSING).value(), change.get(ChangeLine.OPENING).value()
                + change.get(ChangeLine.INCREASES).value() - change.get(ChangeLine.DECREASES).value());
        assertTrue(change.balanced());
        assertTrue(change.balancedLastYear());
    }

    @Test
    void aFlowTheTableDoesNotListIsShownAndBreaksTheBalance() {
        // Stored histories are trusted as they are; a hosting start recorded for someone already
        // counted here (the register refuses it today) takes them out of đảng số by no Biểu 1 line.
        MembershipHistory odd = MembershipHistory.of(List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, date("10/01/2010"), NA_PAN).withId(1),
                MembershipEvent.of(MembershipEventType.HOSTING_STARTED, date("01/05/2023"), SCHOOL).withId(2)));
        MemberFacts person = new MemberFacts(99, Sex.MALE, LocalDate.of(1980, 1, 1), "Kinh", null,
                PoliticalTheory.NONE, null, null, null, false, odd);
        StatisticsInput input = new StatisticsInput(null, StatisticsScenario.HOME, List.of(person),
                StatisticsScenario.branches(), YearRatings.none(2023), YearRatings.none(2022));
        ChangeTable change = StatisticsCalculator.compute(input, StatisticsPeriod.year(2023)).change();
        assertIds(change.get(ChangeLine.UNLISTED_DECREASE), 99);
        assertIds(change.get(ChangeLine.DECREASES));
        assertFalse(change.balanced());
    }

    // ---------------------------------------------------------------- Biểu 3

    // ---------------------------------------------------------------- Biểu 2

    @Test
    void biểu2DescribesTheAdmittedOfBiểu1ThisPeriodAndLastYear() {
        // 2023: B (01/01, 23 years old, Phật giáo, Youth Union, farmer), C (31/12, 30 on her birthday, physician,
        // business owner), S (re-admitted 01/10 with no branch recorded, 33, 9/12, occupation not recorded).
        // 2022: P (01/03/2022, 31 before his birthday on 01/05), D (15/03/2022, Dao, 37).
        StatisticsReport report = report("01/01/2023", "31/12/2023");
        NewMemberTable admitted = report.newMembers();
        assertArrayEquals(sorted(report.change().get(ChangeLine.ADMITTED).ids()),
                sorted(admitted.get(NewMemberLine.TOTAL).ids()), "the same people as Biểu 1's Kết nạp");
        assertAll(
                () -> assertIds(admitted.get(NewMemberLine.TOTAL), B, C, S),
                () -> assertLastYearIds(admitted.get(NewMemberLine.TOTAL), D, P),
                () -> assertEquals(new BigDecimal("150.00"), admitted.get(NewMemberLine.TOTAL).percent()),
                () -> assertIds(admitted.get(NewMemberLine.FEMALE), C),
                () -> assertIds(admitted.get(NewMemberLine.ETHNIC_MINORITY)),
                () -> assertLastYearIds(admitted.get(NewMemberLine.ETHNIC_MINORITY), D),
                () -> assertIds(admitted.get(NewMemberLine.RELIGIOUS), B),
                () -> assertIds(admitted.get(NewMemberLine.YOUTH_UNION), B),
                () -> assertIds(admitted.get(NewMemberLine.BUSINESS_OWNER), C),
                () -> assertIds(admitted.get(NewMemberLine.READMITTED), S),
                () -> assertIds(admitted.ageBands().get(AgeBand.UP_TO_30), B, C),
                () -> assertIds(admitted.ageBands().get(AgeBand.FROM_31_TO_35), S),
                () -> assertLastYearIds(admitted.ageBands().get(AgeBand.FROM_31_TO_35), P),
                () -> assertLastYearIds(admitted.ageBands().get(AgeBand.FROM_36_TO_40), D),
                () -> assertIds(admitted.generalEducation().get(GeneralEducation.UPPER_SECONDARY), B, C),
                () -> assertIds(admitted.generalEducation().get(GeneralEducation.LOWER_SECONDARY), S),
                () -> assertLastYearIds(admitted.generalEducation().get(GeneralEducation.UPPER_SECONDARY), D, P),
                () -> assertIds(admitted.professionalLevels().get(ProfessionalLevel.UNIVERSITY), C),
                () -> assertIds(admitted.professionalLevels().get(ProfessionalLevel.NONE), B, S),
                // largest this period first (all 1), then last year ("Chưa ghi" 2), then in Vietnamese order
                () -> assertEquals(List.of("Chưa ghi", "Chủ doanh nghiệp tư nhân", "Nông dân"),
                        admitted.occupations().rows().stream().map(Breakdown.Row::label).toList()),
                () -> assertIds(admitted.occupations().rows().get(0).figure(), S),
                () -> assertLastYearIds(admitted.occupations().rows().get(0).figure(), D, P));
    }

    @ParameterizedTest(name = "{0} – {1}: {2} this period, {3} last year")
    @CsvSource({
        // the second half of 2023: C (31/12) and S (01/10); of 2022: nobody (D and P were admitted in March)
        "01/07/2023, 31/12/2023, 2, 0",
        // the first half: B (01/01/2023); of 2022: D and P
        "01/01/2023, 30/06/2023, 1, 2",
        // the third quarter: nobody either year
        "01/07/2023, 30/09/2023, 0, 0",
        // from 15/03/2023: C and S; from 15/03/2022: D, admitted that very day
        "15/03/2023, 31/12/2023, 2, 1",
    })
    void biểu2ForAnyPeriod(String from, String to, int admitted, int lastYear) {
        Figure total = report(from, to).newMembers().get(NewMemberLine.TOTAL);
        assertEquals(admitted, total.value());
        assertEquals(lastYear, total.lastYear());
    }

    @Test
    void biểu2IsHandedInWithTheColumnsOfTheOtherTables() {
        StatisticsTable table = StatisticsTables.of(report("01/01/2023", "31/12/2023")).get(1);
        assertEquals(StatisticsTable.Kind.NEW_MEMBERS, table.kind());
        assertEquals("Biểu 2", table.code());
        StatisticsRow total = table.rows().get(0);
        assertEquals(NewMemberLine.TOTAL, total.key());
        assertEquals("3 / 2", total.figure().toString());
        assertEquals(List.of("Tuổi đời khi kết nạp", "Giáo dục phổ thông", "Chuyên môn, nghiệp vụ", "Nghề nghiệp"),
                table.rows().stream().filter(StatisticsRow::isHeading).map(StatisticsRow::label).toList());
        assertEquals(AgeBand.UP_TO_30, table.rows().get(NewMemberLine.values().length + 1).key());
    }

    @Test
    void membershipAtTheEndOfTheYear() {
        MembershipTable members = report("01/01/2023", "31/12/2023").members();
        assertAll(
                () -> assertIds(members.get(MembershipLine.TOTAL), END_OF_2023),
                () -> assertIds(members.get(MembershipLine.OFFICIAL), A, D, E, F, G, J, K, N, T, U, V),
                () -> assertIds(members.get(MembershipLine.PROBATIONARY), B, C, S),
                () -> assertIds(members.get(MembershipLine.FEMALE), A, C, E),
                () -> assertIds(members.get(MembershipLine.MALE), B, D, F, G, J, K, N, S, T, U, V),
                () -> assertIds(members.get(MembershipLine.ETHNIC_MINORITY), A, D),
                () -> assertIds(members.get(MembershipLine.RELIGIOUS), B, E),
                () -> assertIds(members.get(MembershipLine.EXEMPT), N),
                () -> assertIds(members.get(MembershipLine.TEMPORARILY_AWAY), K),
                // probationary and official last year: D and P were admitted in 2022
                () -> assertLastYearIds(members.get(MembershipLine.PROBATIONARY), D, P),
                () -> assertLastYearIds(members.get(MembershipLine.FEMALE), A),
                () -> assertEquals(new BigDecimal("300.00"), members.get(MembershipLine.FEMALE).percent()),
                () -> assertLastYearIds(members.get(MembershipLine.EXEMPT)),
                () -> assertNull(members.get(MembershipLine.EXEMPT).percent()));
    }

    @Test
    void ageBandsInWholeYearsOnTheLastDay() {
        MembershipTable members = report("01/01/2023", "31/12/2023").members();
        assertAll(
                // C was born on 31/12/1993: 30 on the last day of 2023
                () -> assertIds(members.ageBands().get(AgeBand.UP_TO_30), B, C),
                () -> assertIds(members.ageBands().get(AgeBand.FROM_31_TO_35), K, S, T, U, V),
                () -> assertIds(members.ageBands().get(AgeBand.FROM_36_TO_40), D),
                () -> assertIds(members.ageBands().get(AgeBand.FROM_41_TO_45), J),
                () -> assertIds(members.ageBands().get(AgeBand.FROM_46_TO_50), E),
                () -> assertIds(members.ageBands().get(AgeBand.FROM_51_TO_55), F),
                () -> assertIds(members.ageBands().get(AgeBand.FROM_56_TO_60), G),
                () -> assertIds(members.ageBands().get(AgeBand.OVER_60), A, N),
                // (63 + 23 + 30 + 38 + 48 + 53 + 58 + 43 + 33 + 83 + 4 × 33) / 14 = 43.14
                () -> assertEquals(new BigDecimal("43.1"), members.averageAge().value()),
                // end of 2022: A 62, D 37, J 42, N 82 and nine people of 32 → 511 / 13 = 39.31
                () -> assertEquals(new BigDecimal("39.3"), members.averageAge().lastYear()),
                // from the averages as shown: 43.1 / 39.3
                () -> assertEquals(new BigDecimal("109.67"), members.averageAge().percent()));
    }

    @Test
    void admissionPeriodEducationProfessionAndPoliticalTheory() {
        MembershipTable members = report("01/01/2023", "31/12/2023").members();
        assertAll(
                () -> assertIds(members.admissionPeriods().get(AdmissionPeriod.JULY_1954_TO_APRIL_1975), N),
                () -> assertIds(members.admissionPeriods().get(AdmissionPeriod.FROM_MAY_1975),
                        A, B, C, D, E, F, G, J, K, S, T, U, V),
                () -> assertIds(members.admissionPeriods().get(AdmissionPeriod.BEFORE_AUGUST_1945)),
                () -> assertIds(members.admissionPeriods().get(AdmissionPeriod.UNKNOWN)),
                () -> assertIds(members.generalEducation().get(GeneralEducation.PRIMARY), N),
                // 7/10 (A), 9/12 (G, S)
                () -> assertIds(members.generalEducation().get(GeneralEducation.LOWER_SECONDARY), A, G, S),
                () -> assertIds(members.generalEducation().get(GeneralEducation.UPPER_SECONDARY),
                        B, C, D, E, F, J, K, T, U, V),
                // Đại học (A), Bác sĩ (C): the same classifier as Biểu 2
                () -> assertIds(members.professionalLevels().get(ProfessionalLevel.UNIVERSITY), A, C),
                () -> assertIds(members.professionalLevels().get(ProfessionalLevel.MASTER), E),
                // the 14 members at the end of 2023 less A, C and E
                () -> assertEquals(11, members.professionalLevels().get(ProfessionalLevel.NONE).value()),
                () -> assertIds(members.politicalTheory().get(TheoryLevel.ELEMENTARY), A),
                () -> assertIds(members.politicalTheory().get(TheoryLevel.INTERMEDIATE), D),
                () -> assertIds(members.politicalTheory().get(TheoryLevel.ADVANCED), E, F),
                () -> assertEquals(10, members.politicalTheory().get(TheoryLevel.NONE).value()));
    }

    @Test
    void everyGroupOfBiểu3AddsUpToTheTotal() {
        MembershipTable members = report("01/01/2023", "31/12/2023").members();
        int total = members.get(MembershipLine.TOTAL).value();
        for (Figures<?> group : List.of(members.ageBands(), members.admissionPeriods(), members.generalEducation(),
                members.professionalLevels(), members.politicalTheory())) {
            assertEquals(total, group.asMap().values().stream().mapToInt(Figure::value).sum(), group.toString());
        }
        assertEquals(total, members.get(MembershipLine.OFFICIAL).value() + members.get(MembershipLine.PROBATIONARY).value());
        assertEquals(total, members.get(MembershipLine.FEMALE).value() + members.get(MembershipLine.MALE).value());
    }

    // ---------------------------------------------------------------- Biểu 4

    @Test
    void ethnicitiesAndReligionsLargestFirst() {
        StatisticsReport report = report("01/01/2023", "31/12/2023");
        List<Breakdown.Row> ethnicities = report.ethnicities().rows();
        assertEquals(List.of("Kinh", "Dao", "Tày"), ethnicities.stream().map(Breakdown.Row::label).toList());
        assertIds(ethnicities.get(0).figure(), B, C, E, F, G, J, K, N, S, T, U, V);
        assertLastYearIds(ethnicities.get(0).figure(), H, J, K, N, O, P, Q, R, U, V, W);
        assertIds(ethnicities.get(1).figure(), D);
        assertIds(ethnicities.get(2).figure(), A);
        List<Breakdown.Row> religions = report.religions().rows();
        assertEquals(List.of("Công giáo", "Phật giáo"), religions.stream().map(Breakdown.Row::label).toList());
        assertIds(religions.get(0).figure(), E);
        assertIds(religions.get(1).figure(), B);
        assertNull(religions.get(1).figure().percent());
    }

    // ---------------------------------------------------------------- branches

    @Test
    void branchesWithMembersUnderTheirNameOnTheLastDay() {
        List<BranchLine> year = report("01/01/2023", "31/12/2023").branches();
        assertEquals(List.of("Chi bộ thôn Nà Pàn", "Chi bộ Trường Tiểu học"), year.stream().map(BranchLine::name).toList());
        BranchLine naPan = year.get(0);
        assertIds(naPan.total(), A, B, D, F, G, J, K, N, S, T);
        assertIds(naPan.official(), A, D, F, G, J, K, N, T);
        assertIds(naPan.probationary(), B, S);
        assertLastYearIds(naPan.total(), A, D, H, J, K, N, O, P, Q, R, U, W);
        BranchLine school = year.get(1);
        assertIds(school.total(), C, E, U, V);
        assertIds(school.official(), E, U, V);
        assertIds(school.probationary(), C);
        assertLastYearIds(school.total(), V);
        assertEquals(new BigDecimal("400.00"), school.total().percent());

        List<BranchLine> firstQuarter = report("01/01/2023", "31/03/2023").branches();
        assertEquals("Chi bộ thôn Bản Mới", firstQuarter.get(0).name(), "renamed from 01/07/2023");
        assertEquals(NA_PAN, firstQuarter.get(0).branchId());
    }

    // ---------------------------------------------------------------- ratings

    @Test
    void ratingsOfTheYearOfTheLastDay() {
        RatingTable ratings = report("01/01/2023", "31/12/2023").ratings();
        assertEquals(2023, ratings.year());
        assertAll(
                () -> assertIds(ratings.members().get(RatingGrade.EXCELLENT), A),
                () -> assertIds(ratings.members().get(RatingGrade.GOOD), D, H),
                () -> assertIds(ratings.members().get(RatingGrade.COMPLETED), J),
                () -> assertIds(ratings.members().get(RatingGrade.NOT_COMPLETED), K),
                // in đảng số at the end of 2023 without a rating: admitted late, exempt, just arrived ...
                () -> assertIds(ratings.membersNotRated(), B, C, E, F, G, N, S, T, U, V),
                () -> assertLastYearIds(ratings.members().get(RatingGrade.GOOD), A),
                () -> assertLastYearIds(ratings.membersNotRated(), D, H, J, K, N, O, P, Q, R, U, V, W),
                () -> assertIds(ratings.branches().get(RatingGrade.GOOD), NA_PAN),
                // Khe Mằn was dissolved in 2022 and the tea company's branch opens in 2024
                () -> assertIds(ratings.branchesNotRated(), SCHOOL),
                () -> assertLastYearIds(ratings.branches().get(RatingGrade.EXCELLENT), NA_PAN),
                () -> assertLastYearIds(ratings.branchesNotRated(), SCHOOL));
        assertFalse(contains(ratings.branchesNotRated().ids(), KHE_MAN));
        assertFalse(contains(ratings.branchesNotRated().ids(), TEA_COMPANY));
    }

    @Test
    void notRatedIsCountedAtTheEndOfTheYearEvenForAQuarter() {
        RatingTable ratings = report("01/04/2023", "30/06/2023").ratings();
        assertEquals(2023, ratings.year());
        assertIds(ratings.membersNotRated(), B, C, E, F, G, N, S, T, U, V);
    }

    @Test
    void ratingsMustBeOfTheReportsYearAndTheOneBefore() {
        StatisticsInput wrongYear = new StatisticsInput(null, HomeArea.UNKNOWN, List.of(), StatisticsScenario.branches(),
                YearRatings.none(2022), YearRatings.none(2021));
        assertThrows(IllegalArgumentException.class,
                () -> StatisticsCalculator.compute(wrongYear, StatisticsPeriod.year(2023)));
    }

    @Test
    void anEmptyRegisterGivesZerosAndNoAverage() {
        StatisticsInput empty = new StatisticsInput(null, HomeArea.UNKNOWN, List.of(),
                new BranchDirectory(List.of(), List.of()), YearRatings.none(2023), YearRatings.none(2022));
        StatisticsReport report = StatisticsCalculator.compute(empty, StatisticsPeriod.year(2023));
        assertEquals(0, report.change().get(ChangeLine.CLOSING).value());
        assertNull(report.members().averageAge().value());
        assertTrue(report.branches().isEmpty());
        assertTrue(report.change().balanced());
    }

    @Test
    void twoMonthsEndingOn28FebruaryCompareWithLastYearsJanuaryAndFebruaryTo29February() {
        // Admitted on 29/02/2024 and on 28/02/2024: both inside 01/01/2024 – 29/02/2024, the same period
        // last year of 01/01/2025 – 28/02/2025; a third admitted on 01/03/2024 is outside it.
        MembershipHistory leapDay = MembershipHistory.empty()
                .append(MembershipEvent.of(MembershipEventType.ADMITTED, date("29/02/2024"), NA_PAN), LocalDate.of(1990, 1, 1));
        MembershipHistory dayBefore = MembershipHistory.empty()
                .append(MembershipEvent.of(MembershipEventType.ADMITTED, date("28/02/2024"), NA_PAN), LocalDate.of(1990, 1, 1));
        MembershipHistory march = MembershipHistory.empty()
                .append(MembershipEvent.of(MembershipEventType.ADMITTED, date("01/03/2024"), NA_PAN), LocalDate.of(1990, 1, 1));
        List<MemberFacts> people = List.of(
                new MemberFacts(1, Sex.MALE, LocalDate.of(1990, 1, 1), "Kinh", null, null, "12/12", null, null, false, leapDay),
                new MemberFacts(2, Sex.MALE, LocalDate.of(1990, 1, 1), "Kinh", null, null, "12/12", null, null, false, dayBefore),
                new MemberFacts(3, Sex.MALE, LocalDate.of(1990, 1, 1), "Kinh", null, null, "12/12", null, null, false, march));
        StatisticsInput input = new StatisticsInput("Đảng bộ", StatisticsScenario.HOME, people,
                StatisticsScenario.branches(), YearRatings.none(2025), YearRatings.none(2024));
        StatisticsReport report = StatisticsCalculator.compute(input,
                new StatisticsPeriod(date("01/01/2025"), date("28/02/2025")));
        assertLastYearIds(report.change().get(ChangeLine.ADMITTED), 1, 2);
        // all three are members at the end of 28/02/2025; at the end of 29/02/2024 only the first two were
        assertIds(report.change().get(ChangeLine.CLOSING), 1, 2, 3);
        assertLastYearIds(report.change().get(ChangeLine.CLOSING), 1, 2);
    }

    @Test
    void figuresHandOutCopiesOfTheirIds() {
        Figure figure = report("01/01/2023", "31/12/2023").change().get(ChangeLine.ADMITTED);
        figure.ids()[0] = -1;
        assertFalse(contains(figure.ids(), -1));
    }

    private static boolean contains(long[] ids, long id) {
        return Arrays.stream(ids).anyMatch(x -> x == id);
    }
}
