package vn.dangvu.model.meeting;

import java.time.LocalDate;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.PersonName;

/**
 * A person on a branch's list for a meeting day.
 *
 * @param status  OFFICIAL, PROBATIONARY, or HOSTED (sinh hoạt tạm thời, not the branch's own member)
 * @param exempt  miễn công tác và sinh hoạt đảng: listed, not required to attend
 * @param away    on temporary transfer elsewhere: listed, attends there
 */
public record RosterLine(long memberId, PersonName name, LocalDate birthDate, MemberStatus status, boolean exempt,
                         boolean away) {

    public boolean hosted() {
        return status == MemberStatus.HOSTED;
    }

    /** Expected at the meeting and marked present or absent. */
    public boolean required() {
        return !exempt && !away;
    }

    /** "CT", "DB" or "TT" in the minutes' list. */
    public String shortStatus() {
        return switch (status) {
            case OFFICIAL -> "CT";
            case PROBATIONARY -> "DB";
            default -> "TT";
        };
    }

    /** Why the person is not marked: printed in the list's note column. */
    public String note() {
        if (exempt) {
            return "Miễn sinh hoạt";
        }
        if (away) {
            return "Sinh hoạt tạm thời nơi khác";
        }
        return hosted() ? "Sinh hoạt tạm thời" : "";
    }
}
