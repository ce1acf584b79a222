package vn.dangvu.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Histories for rule tests, written in one line. */
public final class Histories {

    private Histories() {
    }

    /**
     * A history written as "TYPE date [decision date]; …": the decision date of an admission
     * is where party age starts, that of a transfer in is the letter's date.
     */
    public static MembershipHistory of(String spec) {
        List<MembershipEvent> events = new ArrayList<>();
        long id = 1;
        for (String part : spec.split(";")) {
            String[] words = part.strip().split(" +");
            MembershipEventType type = MembershipEventType.valueOf(words[0]);
            LocalDate date = LocalDate.parse(words[1]);
            Long branch = type.branchUse() == MembershipEventType.BranchUse.NONE ? null : 1L;
            MembershipEvent event = MembershipEvent.of(type, date, branch).withId(id++);
            if (words.length > 2) {
                event = event.withDecision(new Decision("1-QĐ/ĐU", LocalDate.parse(words[2]), null));
            }
            events.add(event);
        }
        return MembershipHistory.of(events);
    }

}
