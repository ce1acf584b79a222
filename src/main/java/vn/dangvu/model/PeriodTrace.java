package vn.dangvu.model;

import java.util.Collections;
import java.util.List;

/**
 * A member's path through a period, from one replay of their history.
 *
 * @param opening the state at the end of the day before the period
 * @param steps   each event dated within the period, in order, with the state around it
 * @param closing the state at the end of the period's last day
 */
public record PeriodTrace(MembershipState opening, List<Step> steps, MembershipState closing) {

    /** The steps list is wrapped, not copied: one trace is made per person and period. */
    public PeriodTrace {
        steps = Collections.unmodifiableList(steps);
    }

    /** One event and the member's state just before and just after it. */
    public record Step(MembershipEvent event, MembershipState before, MembershipState after) {

        /** The event brought the person into đảng số. */
        public boolean enters() {
            return !before.countsInPartyStrength() && after.countsInPartyStrength();
        }

        /** The event took the person out of đảng số. */
        public boolean leaves() {
            return before.countsInPartyStrength() && !after.countsInPartyStrength();
        }
    }
}
