package vn.dangvu.model;

/** An event that makes no sense in the member's history; the message says why, in Vietnamese. */
public class MembershipRuleViolation extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient MembershipEvent event;

    public MembershipRuleViolation(MembershipEvent event, String message) {
        super(message);
        this.event = event;
    }

    public MembershipEvent event() {
        return event;
    }
}
