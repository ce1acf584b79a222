package vn.dangvu.model.meeting;

import java.time.LocalDate;

/**
 * The shortest a meeting may be from a date on.
 *
 * @param singleMinutes   a regular or a thematic meeting
 * @param combinedMinutes regular and thematic held together
 * @param basis           the regulation, quoted in the warning
 */
public record MinimumLengthRule(LocalDate validFrom, int singleMinutes, int combinedMinutes, String basis) {

    public MinimumLengthRule {
        if (validFrom == null || singleMinutes <= 0 || combinedMinutes <= 0) {
            throw new IllegalArgumentException("Quy định thời lượng sinh hoạt phải có ngày áp dụng và số phút dương.");
        }
        basis = basis == null ? "" : basis.strip();
    }

    public int minutesFor(MeetingKind kind) {
        return kind == MeetingKind.COMBINED ? combinedMinutes : singleMinutes;
    }
}
