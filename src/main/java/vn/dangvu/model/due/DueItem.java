package vn.dangvu.model.due;

import java.time.LocalDate;
import vn.dangvu.model.PersonName;

/**
 * One thing the clerk must do by a date. Exactly one of {@code memberId} (probation items) and
 * {@code candidateId} (candidate items) is set.
 *
 * @param overdue the as-of day is later than the due date and the item is still open
 * @param caveat  why the due date may be wrong ("chưa có lịch nghỉ lễ năm 2036"), or null
 */
public record DueItem(DueKind kind, PersonName person, String branch, LocalDate dueDate, boolean overdue,
                      Long memberId, Long candidateId, String caveat) {
}
