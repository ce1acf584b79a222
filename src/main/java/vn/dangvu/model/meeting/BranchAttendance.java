package vn.dangvu.model.meeting;

import vn.dangvu.model.Branch;

/** A branch's attendance over a period: its meetings and the marks of all of them. */
public record BranchAttendance(Branch branch, int meetings, AttendanceTally tally) {
}
