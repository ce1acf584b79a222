package vn.dangvu.model.fee;

import vn.dangvu.model.PartyAge;
import java.time.YearMonth;
import java.util.Map;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.RegisterEntry;

/**
 * A person of the register with what their fee is reckoned from and what they paid.
 *
 * @param partyAge      the member's party age (for the 50-year exemption), or null
 * @param payments      month paid for → amount in đồng
 */
public record FeePayer(RegisterEntry person, FeeBasis basis, PartyAge partyAge, Map<YearMonth, Long> payments) {

    public FeePayer {
        basis = basis == null ? FeeBasis.DEFAULT : basis;
        payments = Map.copyOf(payments);
    }

    /**
     * Pays here in a state: own members in đảng số who are not away on a temporary transfer
     * (they pay where they are hosted), and members hosted here temporarily.
     */
    public static boolean paysHere(MembershipState state) {
        return state.status().isMember() && !state.temporarilyAway()
                || state.status() == vn.dangvu.model.MemberStatus.HOSTED;
    }
}
