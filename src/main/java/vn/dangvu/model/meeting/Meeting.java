package vn.dangvu.model.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A branch meeting as its minutes record it (DOMAIN.md §10). The counts of the minutes are not
 * here: they are derived from the register on the day ({@link Roster}).
 *
 * @param previousReview review of last month's resolution (kiểm điểm thực hiện nghị quyết tháng trước)
 * @param content        situation and directives from above, tasks for next month
 * @param topic          the thematic topic (chuyên đề), for thematic and combined meetings
 * @param attendance     one mark per person required to attend
 * @param vote           null when not recorded
 */
public record Meeting(Long id, int version, long branchId, MeetingKind kind, LocalDate date, LocalTime startsAt,
                      LocalTime endsAt, String place, String chair, String secretary, String guests, String agenda,
                      String topic, String previousReview, String content, List<Speech> discussion,
                      String conclusion, String resolution, Vote vote, List<Attendance> attendance) {

    public Meeting {
        Objects.requireNonNull(kind, "kind");
        if (date == null) {
            throw new IllegalArgumentException("Chưa nhập ngày sinh hoạt.");
        }
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("Giờ kết thúc " + MeetingTimes.format(endsAt)
                    + " phải sau giờ bắt đầu " + MeetingTimes.format(startsAt) + ".");
        }
        place = MeetingText.line(place);
        chair = MeetingText.line(chair);
        secretary = MeetingText.line(secretary);
        guests = MeetingText.block(guests);
        agenda = MeetingText.block(agenda);
        topic = kind.thematic() ? MeetingText.line(topic) : null;
        previousReview = MeetingText.block(previousReview);
        content = MeetingText.block(content);
        conclusion = MeetingText.block(conclusion);
        resolution = MeetingText.block(resolution);
        discussion = List.copyOf(discussion == null ? List.of() : discussion);
        attendance = List.copyOf(attendance == null ? List.of() : attendance);
        Set<Long> seen = new HashSet<>();
        for (Attendance a : attendance) {
            if (!seen.add(a.memberId())) {
                throw new IllegalArgumentException("Một người được điểm danh hai lần trong cùng buổi sinh hoạt.");
            }
        }
    }

    public YearMonth month() {
        return YearMonth.from(date);
    }

    public Meeting withId(long newId, int newVersion) {
        return new Meeting(newId, newVersion, branchId, kind, date, startsAt, endsAt, place, chair, secretary, guests,
                agenda, topic, previousReview, content, discussion, conclusion, resolution, vote, attendance);
    }
}
