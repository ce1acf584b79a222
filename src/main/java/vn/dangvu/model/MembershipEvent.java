package vn.dangvu.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated fact of a member's life in the party. Events are appended, never changed;
 * id is null until stored and orders events of the same day.
 */
public record MembershipEvent(Long id, MembershipEventType type, LocalDate date, Long branchId,
                              Decision decision, OtherOrganisation otherOrganisation, String note,
                              String recordedBy) {

    public MembershipEvent {
        Objects.requireNonNull(type, "type");
        if (date == null) {
            throw new IllegalArgumentException("Sự kiện \"" + type.label() + "\" thiếu ngày.");
        }
        if (type.branchUse() == MembershipEventType.BranchUse.REQUIRED && branchId == null) {
            throw new IllegalArgumentException("Sự kiện \"" + type.label() + "\" phải chọn chi bộ.");
        }
        if (type.branchUse() == MembershipEventType.BranchUse.NONE) {
            branchId = null;
        }
        decision = decision == null ? Decision.NONE : decision;
        otherOrganisation = otherOrganisation == null ? OtherOrganisation.NONE : otherOrganisation;
        note = Decision.blankToNull(note);
        recordedBy = recordedBy == null || recordedBy.isBlank() ? "" : recordedBy;
    }

    /** A new event with only what every event has. */
    public static MembershipEvent of(MembershipEventType type, LocalDate date, Long branchId) {
        return new MembershipEvent(null, type, date, branchId, Decision.NONE, OtherOrganisation.NONE, null, null);
    }

    public MembershipEvent withId(long newId) {
        return new MembershipEvent(newId, type, date, branchId, decision, otherOrganisation, note, recordedBy);
    }

    public MembershipEvent withDecision(Decision newDecision) {
        return new MembershipEvent(id, type, date, branchId, newDecision, otherOrganisation, note, recordedBy);
    }

    public MembershipEvent withOtherOrganisation(OtherOrganisation other) {
        return new MembershipEvent(id, type, date, branchId, decision, other, note, recordedBy);
    }

    public MembershipEvent recordedBy(String who) {
        return new MembershipEvent(id, type, date, branchId, decision, otherOrganisation, note, who);
    }
}
