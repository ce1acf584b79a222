package vn.dangvu.model.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Histories;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;

/** A round's candidates (DOMAIN.md appendix C): after the previous round, up to and including this one. */
class BadgeRoundListTest {

    private static final BadgeRules RULES = BadgeRules.STANDARD;

    private static BadgeMember member(long id, String spec) {
        return new BadgeMember(id, PersonName.parse("Đảng Viên Số" + id), "Chi bộ thôn Nà Pàn", Histories.of(spec));
    }

    private static BadgeRoundList round(String day, List<BadgeMember> members) {
        return round(day, members, Map.of(), List.of(), List.of(), List.of());
    }

    private static BadgeRoundList round(String day, List<BadgeMember> members, Map<Long, List<Discipline>> discipline,
                                        List<BadgeAward> awards, List<BadgeExclusion> exclusions,
                                        List<EarlyProposal> proposals) {
        return BadgeRoundList.build(LocalDate.parse(day), RULES,
                new BadgeRoundList.Input(members, discipline, awards, exclusions, proposals));
    }

    @ParameterizedTest(name = "30 years on {0}: own candidate of the round {1}")
    @CsvSource({
            "2024-11-08, 2025-02-03", // the day after 7/11: the next round, across the new year
            "2025-02-03, 2025-02-03", // on the round day itself: that round
            "2025-02-04, 2025-05-19",
            "2025-05-19, 2025-05-19",
            "2025-05-20, 2025-09-02",
            "2025-09-02, 2025-09-02",
            "2025-09-03, 2025-11-07",
            "2025-11-07, 2025-11-07",
            "2025-11-08, 2026-02-03",
    })
    void aMemberIsAnOwnCandidateOfExactlyOneRound(LocalDate reached, LocalDate expectedRound) {
        BadgeMember m = member(1, "ADMITTED " + reached.minusYears(30));
        for (LocalDate r : RULES.roundsIn(2025)) {
            boolean own = round(r.toString(), List.of(m)).own().stream().anyMatch(c -> c.milestone() == 30);
            assertEquals(r.equals(expectedRound), own, "round " + r);
        }
        BadgeCandidate line = round(expectedRound.toString(), List.of(m)).own().get(0);
        assertEquals(reached, line.reachedOn());
        assertEquals(BadgeKind.OWN, line.kind());
    }

    @Test
    void onlyMembersInPartyStrengthOnTheRoundDayAreCandidatesAndExemptOnesStay() {
        BadgeRoundList list = round("2025-09-02", List.of(
                member(1, "ADMITTED 1995-07-01; EXEMPTED 2020-01-01"),
                member(2, "ADMITTED 1995-07-01; TRANSFERRED_OUT 2025-08-01"),
                member(3, "ADMITTED 1995-07-01; REMOVED 2025-08-01"),
                member(4, "ADMITTED 1995-07-01; HOSTING_STARTED 2020-01-01")));
        assertEquals(List.of(1L), list.own().stream().map(BadgeCandidate::memberId).toList());
    }

    @Test
    void aRoundDayIsOneOfTheFourDays() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> round("2025-09-03", List.of()));
        assertEquals("Ngày 03/09/2025 không phải ngày xét tặng Huy hiệu Đảng (3/2, 19/5, 2/9, 7/11).",
                refused.getMessage());
    }

    @Test
    void disciplineAndTheClerkExcludeWithAReason() {
        BadgeMember warned = member(1, "ADMITTED 1995-07-01");
        BadgeMember leftOut = member(2, "ADMITTED 1995-07-02");
        Discipline warning = new Discipline(1L, 1, DisciplineForm.WARNING, LocalDate.of(2025, 3, 10), Decision.NONE, null);
        BadgeRoundList list = round("2025-09-02", List.of(warned, leftOut), Map.of(1L, List.of(warning)), List.of(),
                List.of(new BadgeExclusion(2, LocalDate.of(2025, 9, 2), 30, "Gia đình xin hoãn")), List.of());
        // cảnh cáo announced 10/03/2025 with no decision date: considered again 6 months later, from 10/09/2025
        assertEquals("Kỷ luật cảnh cáo ngày 10/03/2025, chờ đến 10/09/2025", list.own().get(0).excluded());
        assertEquals("Gia đình xin hoãn", list.own().get(1).excluded());
        assertTrue(list.proposal().isEmpty());
    }

    @Test
    void earlierCandidatesNotYetAwardedAreListedApartUntilAwarded() {
        BadgeMember missed = member(1, "ADMITTED 1995-03-01"); // 30 years on 01/03/2025, round 19/5
        BadgeRoundList later = round("2025-09-02", List.of(missed));
        assertTrue(later.own().isEmpty());
        assertEquals(LocalDate.of(2025, 3, 1), later.earlier().get(0).reachedOn());
        assertEquals(BadgeKind.EARLIER, later.earlier().get(0).kind());

        BadgeAward given = new BadgeAward(1, 30, LocalDate.of(2025, 5, 19), BadgeKind.OWN,
                new Decision("12-QĐ/HU", LocalDate.of(2025, 5, 10), null), "0012345");
        assertTrue(round("2025-09-02", List.of(missed), Map.of(), List.of(given), List.of(), List.of()).earlier().isEmpty());
        BadgeCandidate own = round("2025-05-19", List.of(missed), Map.of(), List.of(given), List.of(), List.of()).own().get(0);
        assertEquals("0012345", own.award().badgeNumber());
    }

    @ParameterizedTest(name = "{0} years reached {1}: may be proposed early at 02/09/2025 = {2}")
    @CsvSource({
            "30, 2026-09-02, true",   // 12 months early at most
            "30, 2026-09-03, false",
            "70, 2027-09-02, true",   // 24 months from 70 years
            "70, 2027-09-03, false",
    })
    void seriouslyIllMembersMayBeProposedUpTo12Or24MonthsEarly(int milestone, LocalDate reached, boolean option) {
        BadgeMember m = member(1, "ADMITTED " + reached.minusYears(milestone));
        BadgeRoundList list = round("2025-09-02", List.of(m));
        assertEquals(option, list.option(1, milestone).isPresent());
        if (option) {
            assertEquals(BadgeKind.EARLY_ILLNESS, list.option(1, milestone).get().kind());
            BadgeRoundList proposed = round("2025-09-02", List.of(m), Map.of(), List.of(), List.of(),
                    List.of(new EarlyProposal(1, LocalDate.of(2025, 9, 2), milestone, BadgeKind.EARLY_ILLNESS)));
            assertEquals(1, proposed.early().size());
            assertTrue(proposed.earlyOptions().isEmpty());
            assertEquals(1, proposed.proposal().stream().filter(c -> c.kind().early()).count());
        }
    }

    @Test
    void aMemberWhoDiedUpTo12MonthsBeforeTheMilestoneMayBeAwardedPosthumously() {
        BadgeMember died = member(1, "ADMITTED 1995-12-01; DIED 2025-03-01");   // 30 years 01/12/2025
        BadgeMember tooEarly = member(2, "ADMITTED 1996-04-01; DIED 2025-03-01"); // 13 months after death
        BadgeRoundList list = round("2025-09-02", List.of(died, tooEarly));
        assertEquals(BadgeKind.POSTHUMOUS, list.option(1, 30).orElseThrow().kind());
        assertNull(list.option(1, 30).get().excluded());
        assertTrue(list.option(2, 30).isEmpty());
        assertTrue(list.own().isEmpty());
    }

    @Test
    void biểu7CountsAwardsByMilestoneInTheYearOfTheDecision() {
        List<BadgeAward> awards = List.of(
                new BadgeAward(1, 30, LocalDate.of(2025, 2, 3), BadgeKind.OWN, new Decision("1", LocalDate.of(2025, 1, 20), null), null),
                new BadgeAward(2, 30, LocalDate.of(2025, 9, 2), BadgeKind.OWN, new Decision("2", null, null), null),
                new BadgeAward(3, 50, LocalDate.of(2025, 5, 19), BadgeKind.EARLIER, new Decision("3", null, null), null),
                new BadgeAward(4, 40, LocalDate.of(2025, 2, 3), BadgeKind.OWN, new Decision("4", LocalDate.of(2024, 12, 30), null), null));
        BadgeCounts counts = BadgeCounts.of(2025, RULES.milestones(), awards);
        assertEquals(2L, counts.byMilestone().get(30));
        assertEquals(0L, counts.byMilestone().get(40));
        assertEquals(1L, counts.byMilestone().get(50));
        assertEquals(3, counts.total());
        assertEquals("Huy hiệu 30 năm tuổi Đảng có 02 đồng chí; Huy hiệu 50 năm tuổi Đảng có 01 đồng chí.",
                counts.sentence());
    }
}
