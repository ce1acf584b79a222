package vn.dangvu.model.meeting;

import java.util.Objects;

/**
 * One person's attendance at a meeting. The reason is kept only for an excused absence.
 */
public record Attendance(long memberId, AttendanceMark mark, String reason) {

    public Attendance {
        Objects.requireNonNull(mark, "mark");
        reason = mark == AttendanceMark.ABSENT_EXCUSED ? MeetingText.line(reason) : null;
    }

    public static Attendance present(long memberId) {
        return new Attendance(memberId, AttendanceMark.PRESENT, null);
    }
}
