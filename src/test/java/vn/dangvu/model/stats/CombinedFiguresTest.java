package vn.dangvu.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;

/**
 * A move between two former units is a branch move in the combined figures (decision 0018): Hoa
 * left unit A's Chi bộ thôn 1 on 10/03/2023 and arrived in unit B's Chi bộ thôn 5 on 20/03/2023.
 * Counted by the two units separately that is one transfer out and one in; combined, neither.
 */
class CombinedFiguresTest {

    private static final long HOA = 7;
    private static final long A_THON_1 = 1;
    private static final long B_THON_5 = 5;
    private static final StatisticsPeriod YEAR_2023 = StatisticsPeriod.year(2023);

    private static MemberFacts hoa() {
        List<MembershipEvent> events = List.of(
                new MembershipEvent(1L, MembershipEventType.ADMITTED, LocalDate.of(1995, 5, 19), A_THON_1, null, null, null, "a"),
                new MembershipEvent(2L, MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(1996, 5, 19), null, null, null, null, "a"),
                new MembershipEvent(3L, MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2023, 3, 10), null, null, null, null, "a"),
                new MembershipEvent(9L, MembershipEventType.TRANSFERRED_IN, LocalDate.of(2023, 3, 20), B_THON_5, null, null, null, "b"));
        return new MemberFacts(HOA, Sex.FEMALE, LocalDate.of(1970, 1, 1), "Kinh", null, PoliticalTheory.NONE, "12/12",
                null, null, false, MembershipHistory.of(events));
    }

    private static StatisticsReport report(List<MemberFacts> members) {
        BranchDirectory branches = new BranchDirectory(List.of(
                new Branch(A_THON_1, "Chi bộ thôn 1", BranchKind.VILLAGE, null, null, null, null),
                new Branch(B_THON_5, "Chi bộ thôn 5", BranchKind.VILLAGE, null, null, null, null)), List.of());
        return StatisticsCalculator.compute(new StatisticsInput("Đảng bộ xã Hải Yến", HomeArea.UNKNOWN, members,
                branches, YearRatings.none(2023), YearRatings.none(2022)), YEAR_2023);
    }

    @Test
    void separatelyTheMoveIsATransferOutAndIn() {
        StatisticsReport report = report(List.of(hoa()));

        assertEquals(1, report.change().get(ChangeLine.TRANSFERRED_OUT).value());
        assertEquals(1, report.change().get(ChangeLine.TRANSFERRED_IN).value());
    }

    @Test
    void combinedItIsABranchMoveAndSheStaysCountedInBetween() {
        List<MemberFacts> combined = CombinedFigures.asOneCommittee(List.of(hoa()), Map.of(3L, 9L));
        StatisticsReport report = report(combined);

        assertEquals(0, report.change().get(ChangeLine.TRANSFERRED_OUT).value());
        assertEquals(0, report.change().get(ChangeLine.TRANSFERRED_IN).value());
        assertEquals(1, report.change().get(ChangeLine.OPENING).value());
        assertEquals(1, report.change().get(ChangeLine.CLOSING).value());
        assertTrue(report.change().balanced());
        MembershipHistory history = combined.get(0).history();
        assertEquals(A_THON_1, history.stateOn(LocalDate.of(2023, 3, 15)).branchId());
        assertTrue(history.stateOn(LocalDate.of(2023, 3, 15)).countsInPartyStrength());
        assertEquals(B_THON_5, history.stateOn(LocalDate.of(2023, 3, 20)).branchId());
    }

    @Test
    void aTransferWithoutItsPairStaysATransfer() {
        List<MemberFacts> combined = CombinedFigures.asOneCommittee(List.of(hoa()), Map.of(3L, 999L));

        assertEquals(1, report(combined).change().get(ChangeLine.TRANSFERRED_OUT).value());
    }
}
