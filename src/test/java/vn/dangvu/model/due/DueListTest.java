package vn.dangvu.model.due;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Holidays;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;
import vn.dangvu.model.probation.ProbationDocument;
import vn.dangvu.model.probation.ProbationDossier;
import vn.dangvu.model.probation.ProbationStep;

/**
 * Việc cần làm as a function of the data and the as-of day (DOMAIN.md appendix C). Items are
 * written "kind dueDate [!]" where ! marks an overdue item.
 */
class DueListTest {

    private static final Map<Long, String> BRANCHES = Map.of(1L, "Chi bộ thôn Nà Pàn", 2L, "Chi bộ Trường Tiểu học");
    private static final LocalDate BORN = LocalDate.of(1995, 4, 12);

    private static LocalDate date(String ddMMyyyy) {
        return DateFormats.parse(ddMMyyyy).orElseThrow();
    }

    /** A person with a history "TYPE dd/MM/yyyy [@branch]; ...". */
    private static RegisterEntry person(long id, String name, String events) {
        List<MembershipEvent> list = new ArrayList<>();
        long eventId = 1;
        for (String part : events.split(";")) {
            String[] words = part.strip().split(" ");
            Long branch = words.length > 2 ? Long.valueOf(words[2].substring(1)) : null;
            list.add(MembershipEvent.of(MembershipEventType.valueOf(words[0]), date(words[1]), branch).withId(eventId++));
        }
        return RegisterEntry.of(id, PersonName.parse(name), Sex.MALE, BORN, "Kinh", null, null, MembershipHistory.of(list));
    }

    private static List<String> due(String asOf, List<RegisterEntry> people, List<Candidate> candidates) {
        return due(asOf, people, Map.of(), candidates);
    }

    private static List<String> due(String asOf, List<RegisterEntry> people, Map<Long, ProbationDossier> dossiers,
                                    List<Candidate> candidates) {
        return DueList.on(date(asOf), people, dossiers, candidates, BRANCHES, Holidays.DEADLINES).stream()
                .map(i -> i.kind().key() + " " + DateFormats.format(i.dueDate()) + (i.overdue() ? " !" : ""))
                .toList();
    }

    // Admitted 10/01/2023: probation ends 10/01/2024; recognition due the 30th working day after,
    // 28/02/2024 (Tết 08–14/02/2024 is skipped).
    private static final RegisterEntry PROBATIONARY = person(1, "Lục Văn Hải", "ADMITTED 10/01/2023 @1");

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "10/11/2023 | ",
        "11/11/2023 | probationEnds 10/01/2024",
        "09/01/2024 | probationEnds 10/01/2024",
        "10/01/2024 | probationEnds 10/01/2024, recognitionDue 28/02/2024",
        "11/01/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024",
        "28/02/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024",
        "29/02/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024 !",
        "31/12/2030 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024 !",
    })
    void probationIsListedFromSixtyDaysBeforeItsEndAndNeverDisappearsUntilResolved(String asOf, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(", ")), due(asOf, List.of(PROBATIONARY), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // recognised (late, dated at the end of the 12 months): resolved
        "ADMITTED 10/01/2023 @1; RECOGNIZED_OFFICIAL 10/01/2024",
        // not recognised: removed
        "ADMITTED 10/01/2023 @1; REMOVED 01/03/2024",
        // gone elsewhere or died during probation
        "ADMITTED 10/01/2023 @1; TRANSFERRED_OUT 01/03/2024",
        "ADMITTED 10/01/2023 @1; DIED 01/03/2024",
        // admitted elsewhere and hosted here: not ours to recognise
        "ADMITTED 10/01/2023; HOSTING_STARTED 01/03/2023 @1",
    })
    void resolvedProbationGivesNothing(String history) {
        assertEquals(List.of(), due("01/06/2024", List.of(person(1, "Lục Văn Hải", history)), List.of()));
    }

    /** Admitted 10/01/2023, recognised by a decision of 20/03/2024 dated at the end of the 12 months, 10/01/2024. */
    private static final RegisterEntry RECOGNISED_LATE = RegisterEntry.of(5, PersonName.parse("Lục Văn Hải"), Sex.MALE,
            BORN, "Kinh", null, null, MembershipHistory.of(List.of(
                    MembershipEvent.of(MembershipEventType.ADMITTED, date("10/01/2023"), 1L).withId(1L),
                    MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date("10/01/2024"), null)
                            .withDecision(new Decision("45-QĐ/ĐU", date("20/03/2024"), null)).withId(2L))));

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // before the decision of 20/03/2024 the member was still waiting: the list of that day shows it
        "01/03/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024 !",
        "19/03/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024 !",
        // from the day of the decision the probation is resolved
        "20/03/2024 | ",
        "01/01/2025 | ",
    })
    void aPastDaysListShowsTheProbationsOfThatDayThoughRecognisedSince(String asOf, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(", ")),
                due(asOf, List.of(RECOGNISED_LATE), List.of()));
    }

    // The branch resolved on 05/02/2024 to propose the recognition of PROBATIONARY (ceremony 10/01/2023). The
    // committee decides within 30 working days: 06–07/02 (2), Tết 08–14/02 off, 15–16/02 (4), 19–23/02 (9),
    // 26/02–01/03 (14), 04–08/03 (19), 11–15/03 (24), 18–22/03 (29), Mon 25/03/2024 is the 30th.
    private static final Map<Long, ProbationDossier> RESOLVED = Map.of(1L, new ProbationDossier(1, date("10/01/2023"),
            List.of(new ProbationDocument(ProbationStep.BRANCH_RESOLUTION, date("05/02/2024"), "12-NQ/CB", null))));

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "04/02/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024",
        "05/02/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024, recognitionDecisionDue 25/03/2024",
        "25/03/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024 !, recognitionDecisionDue 25/03/2024",
        "26/03/2024 | probationEnds 10/01/2024 !, recognitionDue 28/02/2024 !, recognitionDecisionDue 25/03/2024 !",
    })
    void theCommitteesDecisionIsDueThirtyWorkingDaysAfterTheBranchResolution(String asOf, String expected) {
        assertEquals(List.of(expected.split(", ")), due(asOf, List.of(PROBATIONARY), RESOLVED, List.of()));
    }

    @Test
    void aResolutionOfAnEarlierProbationGivesNoDecisionItem() {
        // the dossier belongs to a ceremony of 10/01/2020, not the probation open now
        Map<Long, ProbationDossier> old = Map.of(1L, new ProbationDossier(1, date("10/01/2020"), List.of(
                new ProbationDocument(ProbationStep.BRANCH_RESOLUTION, date("05/02/2021"), null, null))));
        assertEquals(List.of("probationEnds 10/01/2024 !", "recognitionDue 28/02/2024"),
                due("05/02/2024", List.of(PROBATIONARY), old, List.of()));
    }

    @Test
    void probationsOfImportedTransferredAndReadmittedMembersCountFromTheirCeremony() {
        RegisterEntry transferredIn = person(2, "Hoàng Thị Mai", "ADMITTED 05/03/2023; TRANSFERRED_IN 01/06/2023 @2");
        RegisterEntry readmitted = person(3, "Vi Văn Tùng",
                "ADMITTED 10/01/2010 @1; RECOGNIZED_OFFICIAL 10/01/2011; REMOVED 01/06/2015; READMITTED 20/02/2023 @1");
        List<DueItem> items = DueList.on(date("01/03/2024"), List.of(transferredIn, readmitted), Map.of(), List.of(), BRANCHES,
                Holidays.DEADLINES);
        assertEquals(List.of("Vi Văn Tùng probationEnds 20/02/2024 Chi bộ thôn Nà Pàn",
                        "Hoàng Thị Mai probationEnds 05/03/2024 Chi bộ Trường Tiểu học",
                        "Vi Văn Tùng recognitionDue 02/04/2024 Chi bộ thôn Nà Pàn"),
                items.stream().map(i -> i.person().full() + " " + i.kind().key() + " " + DateFormats.format(i.dueDate())
                        + " " + i.branch()).toList());
    }

    @Test
    void aRecognitionDueInAYearWithoutHolidaysSaysSo() {
        // Admitted 01/12/2034: probation ends Sat 01/12/2035. Working days after it: 03–07/12 (5), 10–14 (10),
        // 17–21 (15), 24–28 (20), Mon 31/12 (21), then 2036, which the table does not cover, so Tue 01/01/2036
        // (Tết Dương lịch in fact) counts: 01–04/01 (25), 07–11/01 (30): Fri 11/01/2036, a day early.
        RegisterEntry late = person(4, "Nông Văn Dũng", "ADMITTED 01/12/2034 @1");
        List<DueItem> items = DueList.on(date("02/12/2035"), List.of(late), Map.of(), List.of(), BRANCHES,
                Holidays.DEADLINES);
        assertEquals(List.of("probationEnds 01/12/2035 null", "recognitionDue 11/01/2036 chưa có lịch nghỉ lễ năm 2036"),
                items.stream().map(i -> i.kind().key() + " " + DateFormats.format(i.dueDate()) + " " + i.caveat()).toList());
        // a probation ending 10/01/2024 is counted on the 2024 table: no caveat
        assertEquals(java.util.Arrays.asList(null, null), DueList.on(date("10/01/2024"), List.of(PROBATIONARY), Map.of(),
                List.of(), BRANCHES, Holidays.DEADLINES).stream().map(DueItem::caveat).toList());
    }

    // ---------------------------------------------------------------- candidates

    private static Candidate candidate(String... steps) {
        Candidate candidate = new Candidate(7L, 0, 1, new Member(null, 0, PersonName.parse("Đinh Thị Thu"), Sex.FEMALE,
                BORN, "Tày", null, null, null), null, null, null, null, null, Map.of());
        for (String step : steps) {
            String[] words = step.split(" ");
            AdmissionStep kind = AdmissionStep.valueOf(words[0]);
            candidate = candidate.withStep(new CandidateStep(kind, date(words[1]), null, null, null,
                    kind.isIntroducer() ? 99L : null, null));
        }
        return candidate;
    }

    @ParameterizedTest(name = "as of {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        // decisionDue: 60 working days after the branch resolution (02/01/2024 → 02/04/2024)
        "BRANCH_RESOLUTION 02/01/2024 | 01/01/2024 | ",
        "BRANCH_RESOLUTION 02/01/2024 | 02/01/2024 | decisionDue 02/04/2024",
        "BRANCH_RESOLUTION 02/01/2024 | 03/04/2024 | decisionDue 02/04/2024 !",
        // ceremonyDue: 30 working days after the decision (01/02/2024 → 21/03/2024)
        "BRANCH_RESOLUTION 02/01/2024, DECISION 01/02/2024 | 01/02/2024 | ceremonyDue 21/03/2024",
        "BRANCH_RESOLUTION 02/01/2024, DECISION 01/02/2024 | 01/01/2026 | ceremonyDue 21/03/2024 !",
        // the ceremony resolves everything
        "BRANCH_RESOLUTION 02/01/2024, DECISION 01/02/2024, CEREMONY 15/03/2024 | 16/03/2024 | ",
        // certificate (5 years): listed 60 days before its last valid day, until the branch resolution
        "CLASS_CERTIFICATE 10/05/2019 | 09/03/2024 | ",
        "CLASS_CERTIFICATE 10/05/2019 | 10/03/2024 | certificateExpires 09/05/2024",
        "CLASS_CERTIFICATE 10/05/2019 | 10/05/2024 | certificateExpires 09/05/2024 !",
        "CLASS_CERTIFICATE 10/05/2019, BRANCH_RESOLUTION 02/01/2024 | 10/05/2024 | decisionDue 02/04/2024 !",
        // an introduction older than 12 months before the branch considered the candidate
        "FIRST_INTRODUCER 15/03/2023 | 15/03/2024 | ",
        "FIRST_INTRODUCER 15/03/2023, UNION_INTRODUCTION 01/02/2023 | 02/02/2024 | introductionExpired 01/02/2024 !",
        "FIRST_INTRODUCER 15/03/2023 | 16/03/2024 | introductionExpired 15/03/2024 !",
        // comments count too: the residence branch's of 10/03/2023 ends its 12 months on 10/03/2024, though the
        // introduction was redone on 01/03/2024
        "FIRST_INTRODUCER 01/03/2024, RESIDENCE_COMMENTS 10/03/2023 | 10/03/2024 | ",
        "FIRST_INTRODUCER 01/03/2024, RESIDENCE_COMMENTS 10/03/2023 | 11/03/2024 | introductionExpired 10/03/2024 !",
    })
    void candidateItems(String steps, String asOf, String expected) {
        assertEquals(expected == null ? List.of() : List.of(expected.split(", ")),
                due(asOf, List.of(), List.of(candidate(steps.split(", ")))));
    }

    @Test
    void aWithdrawnDossierGivesNothingFromTheDayItStopped() {
        Candidate stopped = candidate("BRANCH_RESOLUTION 02/01/2024").withdrawn(date("01/03/2024"), "Chuyển công tác");
        assertEquals(List.of("decisionDue 02/04/2024"), due("29/02/2024", List.of(), List.of(stopped)));
        assertEquals(List.of(), due("01/03/2024", List.of(), List.of(stopped)));
    }

    @Test
    void itemsComeInDueDateOrderWithTheirBranchAndPerson() {
        List<DueItem> items = DueList.on(date("29/02/2024"), List.of(PROBATIONARY), Map.of(),
                List.of(candidate("BRANCH_RESOLUTION 02/01/2024")), BRANCHES, Holidays.DEADLINES);
        assertEquals(List.of(DueKind.PROBATION_ENDS, DueKind.RECOGNITION_DUE, DueKind.DECISION_DUE),
                items.stream().map(DueItem::kind).toList());
        DueItem decision = items.get(2);
        assertEquals("Đinh Thị Thu", decision.person().full());
        assertEquals("Chi bộ thôn Nà Pàn", decision.branch());
        assertEquals(7L, decision.candidateId());
        assertTrue(items.get(1).overdue());
        assertEquals(1L, items.get(1).memberId());
    }
}
