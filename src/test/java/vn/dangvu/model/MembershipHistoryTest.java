package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dangvu.model.admission.AdmissionAge;

/**
 * Status and đảng số on a day, derived from a member's dated events (DOMAIN.md §4), and the
 * events the clerk cannot record because the history would make no sense.
 *
 * <p>Histories are written as "TYPE dd/MM/yyyy [@branch]; ..." and are built with
 * {@link MembershipHistory#append}, so every history in the tables is also one the rules accept.
 */
class MembershipHistoryTest {

    /** Everyone in these tables was born on 01/05/1990. */
    private static final LocalDate BIRTH = LocalDate.of(1990, 5, 1);

    private static final String PROBATIONARY_SINCE_2020 = "ADMITTED 10/01/2020 @1";
    private static final String OFFICIAL_SINCE_2021 = PROBATIONARY_SINCE_2020 + "; RECOGNIZED_OFFICIAL 10/01/2021";
    /** Admitted and recognised in another committee: on file, but not yet one of ours. */
    private static final String MEMBER_ELSEWHERE = "ADMITTED 10/01/2015; RECOGNIZED_OFFICIAL 10/01/2016";

    // ---------------------------------------------------------------- status and đảng số on a day

    static Stream<Arguments> statusOnADay() {
        return Stream.of(
                // admission: probationary from the end of the ceremony day
                arguments(PROBATIONARY_SINCE_2020, "09/01/2020", MemberStatus.NOT_YET_MEMBER, false),
                arguments(PROBATIONARY_SINCE_2020, "10/01/2020", MemberStatus.PROBATIONARY, true),
                arguments(PROBATIONARY_SINCE_2020, "31/12/2030", MemberStatus.PROBATIONARY, true),
                // recognition: official from the end of the recognition day
                arguments(OFFICIAL_SINCE_2021, "09/01/2021", MemberStatus.PROBATIONARY, true),
                arguments(OFFICIAL_SINCE_2021, "10/01/2021", MemberStatus.OFFICIAL, true),
                // official transfer out: leaves the count at the end of the day
                arguments(OFFICIAL_SINCE_2021 + "; TRANSFERRED_OUT 01/06/2022", "31/05/2022", MemberStatus.OFFICIAL, true),
                arguments(OFFICIAL_SINCE_2021 + "; TRANSFERRED_OUT 01/06/2022", "01/06/2022", MemberStatus.TRANSFERRED_OUT, false),
                // transferred out and later back in
                arguments(OFFICIAL_SINCE_2021 + "; TRANSFERRED_OUT 01/06/2022; TRANSFERRED_IN 01/06/2024 @2",
                        "31/05/2024", MemberStatus.TRANSFERRED_OUT, false),
                arguments(OFFICIAL_SINCE_2021 + "; TRANSFERRED_OUT 01/06/2022; TRANSFERRED_IN 01/06/2024 @2",
                        "01/06/2024", MemberStatus.OFFICIAL, true),
                // admitted elsewhere: counted from the transfer-in day only
                arguments(MEMBER_ELSEWHERE + "; TRANSFERRED_IN 01/07/2022 @2", "30/06/2022", MemberStatus.NOT_YET_MEMBER, false),
                arguments(MEMBER_ELSEWHERE + "; TRANSFERRED_IN 01/07/2022 @2", "01/07/2022", MemberStatus.OFFICIAL, true),
                // leaving the party
                arguments(OFFICIAL_SINCE_2021 + "; DIED 01/03/2023", "28/02/2023", MemberStatus.OFFICIAL, true),
                arguments(OFFICIAL_SINCE_2021 + "; DIED 01/03/2023", "01/03/2023", MemberStatus.DIED, false),
                arguments(OFFICIAL_SINCE_2021 + "; REMOVED 01/03/2023", "01/03/2023", MemberStatus.REMOVED, false),
                arguments(PROBATIONARY_SINCE_2020 + "; REMOVED 11/01/2021", "11/01/2021", MemberStatus.REMOVED, false),
                arguments(OFFICIAL_SINCE_2021 + "; EXPELLED 01/03/2023", "01/03/2023", MemberStatus.EXPELLED, false),
                arguments(OFFICIAL_SINCE_2021 + "; RESIGNED 01/03/2023", "01/03/2023", MemberStatus.RESIGNED, false),
                // re-admission: probationary again from the end of the day
                arguments(OFFICIAL_SINCE_2021 + "; REMOVED 01/03/2022; READMITTED 01/03/2024 @1",
                        "29/02/2024", MemberStatus.REMOVED, false),
                arguments(OFFICIAL_SINCE_2021 + "; REMOVED 01/03/2022; READMITTED 01/03/2024 @1",
                        "01/03/2024", MemberStatus.PROBATIONARY, true),
                // restoration: back as before
                arguments(OFFICIAL_SINCE_2021 + "; EXPELLED 01/03/2022; RESTORED 01/09/2022",
                        "31/08/2022", MemberStatus.EXPELLED, false),
                arguments(OFFICIAL_SINCE_2021 + "; EXPELLED 01/03/2022; RESTORED 01/09/2022",
                        "01/09/2022", MemberStatus.OFFICIAL, true),
                arguments(PROBATIONARY_SINCE_2020 + "; REMOVED 01/06/2020; RESTORED 01/09/2020",
                        "01/09/2020", MemberStatus.PROBATIONARY, true),
                // hosted from elsewhere: on our lists, never in our count
                arguments("HOSTING_STARTED 01/02/2022 @1", "31/01/2022", MemberStatus.NOT_YET_MEMBER, false),
                arguments("HOSTING_STARTED 01/02/2022 @1", "01/02/2022", MemberStatus.HOSTED, false),
                arguments(MEMBER_ELSEWHERE + "; HOSTING_STARTED 01/02/2022 @1", "01/02/2022", MemberStatus.HOSTED, false),
                arguments("HOSTING_STARTED 01/02/2022 @1; HOSTING_ENDED 01/08/2022", "31/07/2022", MemberStatus.HOSTED, false),
                arguments("HOSTING_STARTED 01/02/2022 @1; HOSTING_ENDED 01/08/2022", "01/08/2022",
                        MemberStatus.HOSTING_ENDED, false),
                // temporarily away: still ours and still counted
                arguments(OFFICIAL_SINCE_2021 + "; TEMPORARY_LEAVE 01/02/2022", "01/02/2022", MemberStatus.OFFICIAL, true),
                arguments(PROBATIONARY_SINCE_2020 + "; TEMPORARY_LEAVE 01/02/2020", "01/02/2020", MemberStatus.PROBATIONARY, true),
                arguments(OFFICIAL_SINCE_2021 + "; TEMPORARY_LEAVE 01/02/2022; TEMPORARY_RETURN 01/02/2023",
                        "01/02/2023", MemberStatus.OFFICIAL, true),
                // exempt: still counted
                arguments(OFFICIAL_SINCE_2021 + "; EXEMPTED 01/02/2022", "01/02/2022", MemberStatus.OFFICIAL, true),
                arguments(OFFICIAL_SINCE_2021 + "; EXEMPTED 01/02/2022; EXEMPTION_ENDED 01/02/2023",
                        "01/02/2023", MemberStatus.OFFICIAL, true));
    }

    @ParameterizedTest(name = "[{index}] {0} → on {1}: {2}, counted {3}")
    @MethodSource
    void statusOnADay(String events, String on, MemberStatus expected, boolean counted) {
        MembershipState state = history(events).stateOn(date(on));

        assertAll(
                () -> assertEquals(expected, state.status(), "status on " + on),
                () -> assertEquals(counted, state.countsInPartyStrength(), "counted in đảng số on " + on));
    }

    @Test
    void probationaryMemberBecomesOfficialAtTheEndOfTheRecognitionDay() {
        MembershipHistory history = history(OFFICIAL_SINCE_2021);

        assertEquals(MemberStatus.PROBATIONARY, history.stateOn(date("09/01/2021")).status());
        assertEquals(MemberStatus.OFFICIAL, history.stateOn(date("10/01/2021")).status());
    }

    @Test
    void nobodyIsAMemberBeforeAnyEvent() {
        assertEquals(MembershipState.NONE, MembershipHistory.empty().stateOn(date("01/01/2024")));
        assertFalse(MembershipHistory.empty().stateOn(date("01/01/2024")).countsInPartyStrength());
    }

    @Test
    void memberTemporarilyAwayIsStillCountedAtHomeAndShownAsAway() {
        MembershipHistory history = history(OFFICIAL_SINCE_2021 + "; TEMPORARY_LEAVE 01/02/2022; TEMPORARY_RETURN 01/02/2023");

        MembershipState dayBefore = history.stateOn(date("31/01/2022"));
        MembershipState away = history.stateOn(date("01/02/2022"));
        MembershipState back = history.stateOn(date("01/02/2023"));

        assertFalse(dayBefore.temporarilyAway());
        assertTrue(away.temporarilyAway());
        assertTrue(away.countsInPartyStrength());
        assertEquals(1L, away.branchId(), "still belongs to the home branch while away");
        assertFalse(back.temporarilyAway());
        assertTrue(back.countsInPartyStrength());
    }

    @Test
    void personHostedFromElsewhereAppearsInTheHostBranchButIsNotCounted() {
        MembershipState hosted = history(MEMBER_ELSEWHERE + "; HOSTING_STARTED 01/02/2022 @3").stateOn(date("01/03/2022"));

        assertEquals(MemberStatus.HOSTED, hosted.status());
        assertEquals(3L, hosted.branchId());
        assertFalse(hosted.countsInPartyStrength());
    }

    @Test
    void exemptMemberIsCountedAndShownAsExemptUntilTheExemptionEnds() {
        MembershipHistory history = history(OFFICIAL_SINCE_2021 + "; EXEMPTED 01/02/2022; EXEMPTION_ENDED 01/02/2023");

        assertFalse(history.stateOn(date("31/01/2022")).exempt());
        MembershipState exempt = history.stateOn(date("01/02/2022"));
        assertTrue(exempt.exempt());
        assertTrue(exempt.countsInPartyStrength());
        assertFalse(history.stateOn(date("01/02/2023")).exempt());
    }

    @Test
    void aSuspendedMemberIsCountedAndShownAsSuspendedUntilTheSuspensionEnds() {
        MembershipHistory history = history(OFFICIAL_SINCE_2021 + "; SUSPENDED 01/02/2022; SUSPENSION_ENDED 02/05/2022");

        assertFalse(history.stateOn(date("31/01/2022")).suspended());
        MembershipState suspended = history.stateOn(date("01/02/2022"));
        assertTrue(suspended.suspended());
        assertTrue(suspended.countsInPartyStrength());
        assertEquals(MemberStatus.OFFICIAL, suspended.status());
        assertFalse(history.stateOn(date("02/05/2022")).suspended());
        assertFalse(history(OFFICIAL_SINCE_2021 + "; SUSPENDED 01/02/2022; EXPELLED 01/04/2022")
                .stateOn(date("01/04/2022")).suspended(), "leaving ends the suspension");
    }

    @Test
    void leavingTheCommitteeEndsExemptionAndTemporaryLeave() {
        MembershipState state = history(OFFICIAL_SINCE_2021 + "; EXEMPTED 01/02/2022; TEMPORARY_LEAVE 01/03/2022; DIED 01/04/2022")
                .stateOn(date("01/04/2022"));

        assertFalse(state.exempt());
        assertFalse(state.temporarilyAway());
        assertFalse(state.countsInPartyStrength());
    }

    @Test
    void branchMoveTakesEffectAtTheEndOfItsDay() {
        MembershipHistory history = history(OFFICIAL_SINCE_2021 + "; BRANCH_MOVED 15/03/2022 @2");

        assertEquals(1L, history.stateOn(date("14/03/2022")).branchId());
        assertEquals(2L, history.stateOn(date("15/03/2022")).branchId());
        assertEquals(MemberStatus.OFFICIAL, history.stateOn(date("15/03/2022")).status());
    }

    @Test
    void registerShowsTheLatestAdmissionAndHidesAnOfficialDateThatPrecedesIt() {
        MembershipHistory history = history(OFFICIAL_SINCE_2021 + "; REMOVED 01/03/2022; READMITTED 01/03/2024 @1");

        assertEquals(Optional.of(date("10/01/2020")), history.admissionDateOn(date("28/02/2024")));
        assertEquals(Optional.of(date("10/01/2021")), history.officialDateOn(date("28/02/2024")));
        assertEquals(Optional.of(date("01/03/2024")), history.admissionDateOn(date("01/03/2024")));
        assertEquals(Optional.empty(), history.officialDateOn(date("01/03/2024")),
                "a re-admitted member is probationary again: the old official date no longer applies");
        assertEquals(Optional.empty(), history.admissionDateOn(date("09/01/2020")));
    }

    @Test
    void eventsOfTheSameDayKeepTheOrderTheyWereRecordedIn() {
        MembershipEvent admitted = MembershipEvent.of(MembershipEventType.ADMITTED, date("10/01/2020"), 1L).withId(7);
        MembershipEvent moved = MembershipEvent.of(MembershipEventType.BRANCH_MOVED, date("10/01/2020"), 2L).withId(8);

        MembershipHistory history = MembershipHistory.of(List.of(moved, admitted));

        assertEquals(List.of(admitted, moved), history.events());
        assertEquals(2L, history.stateOn(date("10/01/2020")).branchId());
    }

    // ---------------------------------------------------------------- refused events

    static Stream<Arguments> refusedEvents() {
        return Stream.of(
                arguments("official before admission", PROBATIONARY_SINCE_2020, "RECOGNIZED_OFFICIAL 01/01/2020",
                        List.of("Công nhận đảng viên chính thức", "01/01/2020", "chưa có sự kiện kết nạp")),
                arguments("official without any admission", "", "RECOGNIZED_OFFICIAL 10/01/2021",
                        List.of("10/01/2021", "chưa có sự kiện kết nạp")),
                arguments("official on the admission day", PROBATIONARY_SINCE_2020, "RECOGNIZED_OFFICIAL 10/01/2020",
                        List.of("10/01/2020", "ngày chính thức phải sau ngày vào Đảng 10/01/2020")),
                arguments("recognised twice", OFFICIAL_SINCE_2021, "RECOGNIZED_OFFICIAL 10/02/2021",
                        List.of("10/02/2021", "đã là đảng viên chính thức")),
                arguments("admitted twice", OFFICIAL_SINCE_2021, "ADMITTED 10/01/2022 @1",
                        List.of("10/01/2022", "đã được kết nạp ngày 10/01/2020", "Kết nạp lại")),
                arguments("leaving twice", OFFICIAL_SINCE_2021 + "; REMOVED 01/01/2022", "RESIGNED 01/02/2022",
                        List.of("Xin ra khỏi Đảng", "01/02/2022", "đã ra khỏi Đảng")),
                arguments("removed twice", OFFICIAL_SINCE_2021 + "; REMOVED 01/01/2022", "REMOVED 01/02/2022",
                        List.of("Xóa tên", "01/02/2022", "đã ra khỏi Đảng")),
                arguments("transferred out twice", OFFICIAL_SINCE_2021 + "; TRANSFERRED_OUT 01/01/2022",
                        "TRANSFERRED_OUT 01/02/2022", List.of("01/02/2022", "đã chuyển đi khỏi Đảng bộ")),
                arguments("event before birth", "", "ADMITTED 01/01/1989 @1",
                        List.of("01/01/1989", "trước hoặc trùng ngày sinh 01/05/1990")),
                arguments("event on the birthday", "", "HOSTING_STARTED 01/05/1990 @1",
                        List.of("01/05/1990", "trước hoặc trùng ngày sinh 01/05/1990")),
                arguments("admission the day before the 18th birthday", "", "ADMITTED 30/04/2008 @1",
                        List.of("30/04/2008", "17 tuổi", "phải đủ 18 tuổi", "sinh ngày 01/05/1990")),
                arguments("re-admission twice",
                        OFFICIAL_SINCE_2021 + "; REMOVED 01/03/2022; READMITTED 01/03/2024 @1; REMOVED 01/06/2024",
                        "READMITTED 01/03/2026 @1", List.of("Kết nạp lại", "01/03/2026", "chỉ được kết nạp lại một lần")),
                arguments("re-admission of a current member", OFFICIAL_SINCE_2021, "READMITTED 01/03/2024 @1",
                        List.of("01/03/2024", "chỉ kết nạp lại người đã ra khỏi Đảng")),
                arguments("expelling a probationary member", PROBATIONARY_SINCE_2020, "EXPELLED 01/06/2020",
                        List.of("Khai trừ", "01/06/2020", "đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo")),
                arguments("restoring someone who resigned", OFFICIAL_SINCE_2021 + "; RESIGNED 01/01/2022",
                        "RESTORED 01/06/2022", List.of("01/06/2022", "chỉ khôi phục đảng tịch")),
                arguments("temporary return without leave", OFFICIAL_SINCE_2021, "TEMPORARY_RETURN 01/06/2022",
                        List.of("01/06/2022", "không có chuyển sinh hoạt tạm thời đi")),
                arguments("hosting our own member", OFFICIAL_SINCE_2021, "HOSTING_STARTED 01/06/2022 @2",
                        List.of("01/06/2022", "là đảng viên của Đảng bộ")),
                arguments("moving to the branch they are in", OFFICIAL_SINCE_2021, "BRANCH_MOVED 01/06/2022 @1",
                        List.of("01/06/2022", "đã ở chi bộ này")),
                arguments("exempting someone who never joined", "", "EXEMPTED 01/06/2022",
                        List.of("01/06/2022", "chưa vào Đảng")),
                arguments("suspended twice", OFFICIAL_SINCE_2021 + "; SUSPENDED 01/02/2022", "SUSPENDED 01/03/2022",
                        List.of("Đình chỉ sinh hoạt đảng", "01/03/2022", "đang bị đình chỉ sinh hoạt đảng")),
                arguments("ending a suspension that never began", OFFICIAL_SINCE_2021, "SUSPENSION_ENDED 01/03/2022",
                        List.of("01/03/2022", "không bị đình chỉ sinh hoạt đảng")),
                arguments("suspending someone transferred out", OFFICIAL_SINCE_2021 + "; TRANSFERRED_OUT 01/01/2022",
                        "SUSPENDED 01/03/2022", List.of("01/03/2022", "đã chuyển đi khỏi Đảng bộ")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource
    void refusedEvents(String why, String before, String refused, List<String> messageParts) {
        MembershipHistory history = history(before);
        MembershipEvent event = event(refused);

        MembershipRuleViolation violation = assertThrows(MembershipRuleViolation.class,
                () -> history.append(event, BIRTH), why);

        for (String part : messageParts) {
            assertTrue(violation.getMessage().contains(part),
                    () -> "message should contain \"" + part + "\": " + violation.getMessage());
        }
        assertSame(event, violation.event(), "the refusal points at the event that cannot be recorded");
    }

    static Stream<Arguments> anythingAfterDeath() {
        return Stream.of(
                arguments("RESTORED 01/06/2023"),
                arguments("READMITTED 01/06/2023 @1"),
                arguments("TRANSFERRED_OUT 01/06/2023"),
                arguments("TRANSFERRED_IN 01/06/2023 @2"),
                arguments("EXEMPTED 01/06/2023"),
                arguments("BRANCH_MOVED 01/06/2023 @2"),
                arguments("DIED 01/06/2023"),
                arguments("RECOGNIZED_OFFICIAL 01/06/2023"));
    }

    @ParameterizedTest(name = "[{index}] {0} after death is refused")
    @MethodSource
    void anythingAfterDeath(String refused) {
        MembershipHistory history = history(PROBATIONARY_SINCE_2020 + "; DIED 01/03/2023");

        MembershipRuleViolation violation = assertThrows(MembershipRuleViolation.class,
                () -> history.append(event(refused), BIRTH));

        assertTrue(violation.getMessage().contains("đã từ trần"), violation.getMessage());
        assertTrue(violation.getMessage().contains("01/06/2023"), violation.getMessage());
    }

    @Test
    void eventBackdatedBeforeAdmissionIsRefusedEvenWhenRecordedLater() {
        MembershipHistory history = history(OFFICIAL_SINCE_2021);

        MembershipRuleViolation violation = assertThrows(MembershipRuleViolation.class,
                () -> history.append(event("TEMPORARY_LEAVE 01/06/2019"), BIRTH));

        assertTrue(violation.getMessage().contains("01/06/2019"), violation.getMessage());
        assertTrue(violation.getMessage().contains("chưa vào Đảng"), violation.getMessage());
    }

    @Test
    void backdatedEventThatBreaksALaterEventIsRefused() {
        // Transferred out on 01/06/2022; a death recorded late, dated 01/01/2022, would leave
        // that transfer happening after the death.
        MembershipHistory history = history(OFFICIAL_SINCE_2021 + "; TRANSFERRED_OUT 01/06/2022");

        MembershipRuleViolation violation = assertThrows(MembershipRuleViolation.class,
                () -> history.append(event("DIED 01/01/2022"), BIRTH));

        assertEquals(MembershipEventType.TRANSFERRED_OUT, violation.event().type(),
                "the event that no longer makes sense is the later transfer, after the death");
        assertTrue(violation.getMessage().contains("01/06/2022"), violation.getMessage());
        assertTrue(violation.getMessage().contains("đã từ trần"), violation.getMessage());
    }

    @Test
    void refusedEventLeavesTheHistoryAsItWas() {
        MembershipHistory history = history(PROBATIONARY_SINCE_2020);
        List<MembershipEvent> before = history.events();

        assertThrows(MembershipRuleViolation.class, () -> history.append(event("EXPELLED 01/06/2020"), BIRTH));

        assertEquals(before, history.events());
        assertEquals(MemberStatus.PROBATIONARY, history.stateOn(date("01/06/2020")).status());
    }

    static Stream<Arguments> admissionAge() {
        return Stream.of(
                arguments("01/05/1990", "30/04/2008", false),
                arguments("01/05/1990", "01/05/2008", true),
                arguments("01/05/1990", "02/05/2008", true),
                arguments("31/12/2000", "30/12/2018", false),
                arguments("31/12/2000", "31/12/2018", true));
    }

    @ParameterizedTest(name = "[{index}] born {0}, admitted {1}: accepted {2}")
    @MethodSource
    void admissionAge(String birth, String admission, boolean accepted) {
        LocalDate birthDate = date(birth);
        MembershipEvent admitted = event("ADMITTED " + admission + " @1");

        assertEquals(accepted, AdmissionAge.oldEnough(birthDate, date(admission)));
        if (accepted) {
            assertEquals(MemberStatus.PROBATIONARY,
                    MembershipHistory.empty().append(admitted, birthDate).stateOn(date(admission)).status());
        } else {
            assertThrows(MembershipRuleViolation.class, () -> MembershipHistory.empty().append(admitted, birthDate));
        }
    }

    @Test
    void eventWithoutDateOrRequiredBranchCannotBeCreated() {
        IllegalArgumentException noDate = assertThrows(IllegalArgumentException.class,
                () -> MembershipEvent.of(MembershipEventType.ADMITTED, null, 1L));
        IllegalArgumentException noBranch = assertThrows(IllegalArgumentException.class,
                () -> MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, date("01/01/2020"), null));

        assertTrue(noDate.getMessage().contains("thiếu ngày"), noDate.getMessage());
        assertTrue(noBranch.getMessage().contains("phải chọn chi bộ"), noBranch.getMessage());
    }

    @Test
    void eventThatNamesNoBranchDropsABranchGivenByMistake() {
        assertNull(MembershipEvent.of(MembershipEventType.DIED, date("01/01/2020"), 5L).branchId());
    }

    // ---------------------------------------------------------------- helpers

    /** Builds a history event by event, so it must be one the rules accept. */
    private static MembershipHistory history(String spec) {
        MembershipHistory history = MembershipHistory.empty();
        for (MembershipEvent event : events(spec)) {
            history = history.append(event, BIRTH);
        }
        return history;
    }

    private static List<MembershipEvent> events(String spec) {
        List<MembershipEvent> events = new ArrayList<>();
        for (String part : spec.split(";")) {
            if (!part.isBlank()) {
                events.add(event(part));
            }
        }
        return events;
    }

    /** "TYPE dd/MM/yyyy" or "TYPE dd/MM/yyyy @branchId". */
    private static MembershipEvent event(String spec) {
        String[] words = spec.strip().split("\\s+");
        Long branch = words.length > 2 ? Long.valueOf(words[2].substring(1)) : null;
        return MembershipEvent.of(MembershipEventType.valueOf(words[0]), date(words[1]), branch);
    }

    private static LocalDate date(String text) {
        return DateFormats.parse(text).orElseThrow(() -> new IllegalArgumentException("bad date in test: " + text));
    }
}
