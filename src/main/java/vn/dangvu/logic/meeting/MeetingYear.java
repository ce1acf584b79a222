package vn.dangvu.logic.meeting;

import java.util.List;
import vn.dangvu.model.meeting.AttendanceTally;
import vn.dangvu.model.meeting.MeetingCalendar;
import vn.dangvu.model.meeting.MeetingSummary;

/** A branch's year of meetings as the meetings screen shows it. */
public record MeetingYear(MeetingCalendar calendar, List<MeetingSummary> meetings, AttendanceTally attendance) {
}
