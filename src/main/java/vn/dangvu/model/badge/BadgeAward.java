package vn.dangvu.model.badge;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangvu.model.Decision;

/** A badge given: the milestone, the round, the decision and the badge's number (số huy hiệu). */
public record BadgeAward(long memberId, int milestone, LocalDate round, BadgeKind kind, Decision decision,
                         String badgeNumber) {

    public BadgeAward {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(kind, "kind");
        decision = decision == null ? Decision.NONE : decision;
        if (decision.number() == null) {
            throw new IllegalArgumentException("Thiếu số quyết định tặng Huy hiệu " + milestone + " năm tuổi Đảng.");
        }
        badgeNumber = badgeNumber == null || badgeNumber.isBlank() ? null : badgeNumber.strip();
    }

    /** The day that dates the award in the yearly tables: the decision date, else the round. */
    public LocalDate countedOn() {
        return decision.date() != null ? decision.date() : round;
    }
}
