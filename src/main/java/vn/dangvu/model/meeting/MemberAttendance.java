package vn.dangvu.model.meeting;

import vn.dangvu.model.PersonName;

/** One person's attendance over a period, at the meetings where they were marked. */
public record MemberAttendance(long memberId, PersonName name, String branchName, AttendanceTally tally) {
}
