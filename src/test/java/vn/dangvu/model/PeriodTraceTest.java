package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A member's path through a period: what Biểu 1 counts flows from. */
class PeriodTraceTest {

    private static final LocalDate BIRTH = LocalDate.of(1990, 5, 1);

    private static MembershipHistory history(MembershipEvent... events) {
        MembershipHistory history = MembershipHistory.empty();
        for (MembershipEvent event : events) {
            history = history.append(event, BIRTH);
        }
        return history;
    }

    private static MembershipEvent event(MembershipEventType type, int year, int month, int day, Long branch) {
        return MembershipEvent.of(type, LocalDate.of(year, month, day), branch);
    }

    @Test
    void openingStepsAndClosingOfAPeriod() {
        MembershipHistory history = history(
                event(MembershipEventType.ADMITTED, 2020, 1, 10, 1L),
                event(MembershipEventType.RECOGNIZED_OFFICIAL, 2021, 1, 10, null),
                event(MembershipEventType.TRANSFERRED_OUT, 2023, 1, 1, null),
                event(MembershipEventType.TRANSFERRED_IN, 2023, 6, 30, 2L),
                event(MembershipEventType.DIED, 2024, 3, 1, null));

        PeriodTrace trace = history.trace(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));

        assertEquals(MemberStatus.OFFICIAL, trace.opening().status(), "the end of 31/12/2022");
        assertEquals(List.of(MembershipEventType.TRANSFERRED_OUT, MembershipEventType.TRANSFERRED_IN),
                trace.steps().stream().map(s -> s.event().type()).toList());
        assertTrue(trace.steps().get(0).leaves());
        assertTrue(trace.steps().get(1).enters());
        assertEquals(MemberStatus.OFFICIAL, trace.closing().status());
        assertEquals(2L, trace.closing().branchId());
        assertEquals(history.stateOn(LocalDate.of(2023, 6, 30)), trace.closing());
        assertEquals(history.stateOn(LocalDate.of(2022, 12, 31)), trace.opening());
    }

    @Test
    void aPeriodWithoutEventsOpensAsItCloses() {
        MembershipHistory history = history(event(MembershipEventType.ADMITTED, 2020, 1, 10, 1L));
        PeriodTrace trace = history.trace(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        assertTrue(trace.steps().isEmpty());
        assertEquals(trace.opening(), trace.closing());
        assertTrue(trace.closing().countsInPartyStrength());
        PeriodTrace before = history.trace(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31));
        assertFalse(before.closing().countsInPartyStrength());
    }

    @Test
    void firstAdmissionIsTheFirstCeremonyEvenAfterReAdmission() {
        MembershipHistory history = history(
                event(MembershipEventType.ADMITTED, 2012, 1, 10, 1L),
                event(MembershipEventType.REMOVED, 2014, 1, 10, null),
                event(MembershipEventType.READMITTED, 2020, 1, 10, 1L));
        assertEquals(Optional.of(LocalDate.of(2012, 1, 10)), history.firstAdmissionDate());
        assertEquals(Optional.empty(), MembershipHistory.empty().firstAdmissionDate());
    }
}
