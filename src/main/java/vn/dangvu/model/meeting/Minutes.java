package vn.dangvu.model.meeting;

import java.time.YearMonth;
import vn.dangvu.model.Committee;

/**
 * What a printed biên bản shows: either a blank form for a month, to be filled by hand, or the
 * minutes of a recorded meeting. Either way the list and the register counts come from the
 * register, not from typing.
 *
 * @param branchName the branch's name on the day (a renamed branch prints its name of then)
 * @param meeting    null for a blank form
 * @param attendance null for a blank form
 */
public record Minutes(Committee committee, String branchName, MeetingKind kind, YearMonth month, Meeting meeting,
                     Roster roster, RosterCounts counts, AttendanceCounts attendance) {

    public static Minutes blank(Committee committee, String branchName, MeetingKind kind, YearMonth month,
                                Roster roster) {
        return new Minutes(committee, branchName, kind, month, null, roster, roster.counts(), null);
    }

    public static Minutes of(Committee committee, String branchName, Meeting meeting, Roster roster) {
        return new Minutes(committee, branchName, meeting.kind(), meeting.month(), meeting, roster, roster.counts(),
                roster.attendance(meeting.attendance()));
    }

    public boolean blank() {
        return meeting == null;
    }
}
