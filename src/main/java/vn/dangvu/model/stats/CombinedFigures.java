package vn.dangvu.model.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;

/**
 * A merged committee's figures as if its former units had always been one (decision 0018): an
 * official transfer out of one former unit followed by the transfer into another is, in these
 * figures, a branch move on the day of arrival, so the person stays counted in the old branch
 * until then and neither flow appears. The person's own timeline is not changed.
 */
public final class CombinedFigures {

    private CombinedFigures() {
    }

    /** @param moves the transfer-out event id of each move between former units → its transfer-in event id */
    public static List<MemberFacts> asOneCommittee(List<MemberFacts> members, Map<Long, Long> moves) {
        if (moves.isEmpty()) {
            return members;
        }
        List<MemberFacts> combined = new ArrayList<>(members.size());
        for (MemberFacts person : members) {
            combined.add(hasMove(person.history(), moves) ? withHistory(person, asBranchMoves(person.history(), moves))
                    : person);
        }
        return combined;
    }

    private static boolean hasMove(MembershipHistory history, Map<Long, Long> moves) {
        for (MembershipEvent event : history.events()) {
            if (event.type() == MembershipEventType.TRANSFERRED_OUT && moves.containsKey(event.id())) {
                return true;
            }
        }
        return false;
    }

    static MembershipHistory asBranchMoves(MembershipHistory history, Map<Long, Long> moves) {
        Map<Long, MembershipEvent> byId = new HashMap<>();
        history.events().forEach(e -> byId.put(e.id(), e));
        List<MembershipEvent> events = new ArrayList<>(history.events());
        for (MembershipEvent out : history.events()) {
            MembershipEvent in = out.type() == MembershipEventType.TRANSFERRED_OUT ? byId.get(moves.get(out.id())) : null;
            if (in != null && in.type() == MembershipEventType.TRANSFERRED_IN) {
                events.remove(out);
                events.set(events.indexOf(in), new MembershipEvent(in.id(), MembershipEventType.BRANCH_MOVED, in.date(),
                        in.branchId(), in.decision(), null, in.note(), in.recordedBy()));
            }
        }
        return MembershipHistory.of(events);
    }

    private static MemberFacts withHistory(MemberFacts p, MembershipHistory history) {
        return new MemberFacts(p.id(), p.sex(), p.birthDate(), p.ethnicity(), p.religion(), p.politicalTheory(),
                p.generalEducation(), p.professionalLevel(), p.occupation(), p.youthUnion(), history);
    }
}
