package vn.dangvu.ui.meeting;

import vn.dangvu.model.DateFormats;
import vn.dangvu.model.meeting.MeetingSummary;
import vn.dangvu.model.meeting.MeetingTimes;

/** One recorded meeting in the meetings list. */
public record MeetingLine(MeetingSummary summary, String lengthWarning) {

    public long id() {
        return summary.id();
    }

    public String date() {
        return DateFormats.format(summary.date());
    }

    public String kind() {
        return summary.kind().label();
    }

    /** "07:30–09:15 (105 phút)". */
    public String time() {
        if (summary.startsAt() == null || summary.endsAt() == null) {
            return "";
        }
        long minutes = java.time.Duration.between(summary.startsAt(), summary.endsAt()).toMinutes();
        return MeetingTimes.format(summary.startsAt()) + "–" + MeetingTimes.format(summary.endsAt()) + " (" + minutes
                + " phút)";
    }

    /** "40/42". */
    public String attendance() {
        return summary.present() + "/" + summary.marked();
    }

    public int unexcused() {
        return summary.unexcused();
    }
}
