package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;

/**
 * A source branch joined into a branch here is merged on the join date as the branch merge does
 * (BranchService.merge): whoever is in it at the end of that day moves with a dated branch move.
 */
public final class JoinDateMove {

    private JoinDateMove() {
    }

    /**
     * @param into source branch (as the timeline names it) → the branch here it joins; branches not
     *             joined into another are absent
     */
    public static Optional<MembershipEvent> of(MembershipHistory history, LocalDate joinDate, Map<Long, Long> into,
                                               String note) {
        MembershipState state = history.stateOn(joinDate);
        Long target = state.branchId() == null ? null : into.get(state.branchId());
        if (target == null || !(state.countsInPartyStrength() || state.status() == MemberStatus.HOSTED)) {
            return Optional.empty();
        }
        return Optional.of(new MembershipEvent(null, MembershipEventType.BRANCH_MOVED, joinDate, target, null, null,
                note, null));
    }
}
