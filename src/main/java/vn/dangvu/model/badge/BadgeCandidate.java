package vn.dangvu.model.badge;

import java.time.LocalDate;
import vn.dangvu.model.PersonName;

/**
 * One line of a round's list.
 *
 * @param excluded  why the member is not proposed (the clerk's reason or a discipline wait), or null
 * @param partyAge  the working of the party age ("từ 26/07/1990, trừ 426 ngày gián đoạn")
 * @param award     the badge given at this round, or null while not yet decided
 */
public record BadgeCandidate(long memberId, PersonName name, String branch, int milestone, LocalDate reachedOn,
                             BadgeKind kind, String excluded, String partyAge, BadgeAward award) {

    public boolean proposed() {
        return excluded == null;
    }
}
