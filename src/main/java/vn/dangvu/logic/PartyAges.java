package vn.dangvu.logic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Decision;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PartyAge;

/**
 * Party age (DOMAIN.md §6) of the people of the register, which loads their events without the
 * decisions: the decision dates party age counts from (admission, re-admission) and the transfer
 * letters that open a gap are read in one query and put back. The badges and the 50-year fee
 * exemption both count party age through here, so they cannot disagree.
 */
public final class PartyAges {

    private final Map<Long, LocalDate> decided;

    private PartyAges(Map<Long, LocalDate> decided) {
        this.decided = decided;
    }

    public static PartyAges read(Repositories r) {
        return new PartyAges(r.events().partyAgeDecisionDates());
    }

    /** The history with the decision dates party age needs. */
    public MembershipHistory complete(MembershipHistory history) {
        boolean any = history.events().stream().anyMatch(e -> e.id() != null && decided.containsKey(e.id()));
        if (!any) {
            return history;
        }
        List<MembershipEvent> events = history.events().stream()
                .map(e -> e.id() != null && decided.containsKey(e.id())
                        ? e.withDecision(new Decision(null, decided.get(e.id()), null)) : e)
                .toList();
        return MembershipHistory.of(events);
    }

    public Optional<PartyAge> of(MembershipHistory history) {
        return PartyAge.of(complete(history));
    }
}
