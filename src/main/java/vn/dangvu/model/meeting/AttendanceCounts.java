package vn.dangvu.model.meeting;

import java.util.List;

/**
 * The attendance part of the minutes' count, from the marks of the people on the list.
 *
 * @param unmarked people on the list without a mark (the register changed after the minutes were taken)
 */
public record AttendanceCounts(int presentOfficial, int presentProbationary, int presentHosted,
                               List<Absence> excused, List<Absence> unexcused, int unmarked) {

    public AttendanceCounts {
        excused = List.copyOf(excused);
        unexcused = List.copyOf(unexcused);
    }

    /** Own members present. */
    public int present() {
        return presentOfficial + presentProbationary;
    }
}
