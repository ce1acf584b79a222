package vn.dangvu.model.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * A recorded meeting as lists and reports need it, without its texts.
 *
 * @param marked    people marked (required to attend)
 * @param present   of whom present
 * @param unexcused of whom absent without reason
 */
public record MeetingSummary(long id, long branchId, MeetingKind kind, LocalDate date, LocalTime startsAt,
                             LocalTime endsAt, int marked, int present, int unexcused) {

    public YearMonth month() {
        return YearMonth.from(date);
    }
}
