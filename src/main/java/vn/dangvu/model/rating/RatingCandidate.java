package vn.dangvu.model.rating;

import java.time.LocalDate;
import vn.dangvu.model.PersonName;

/**
 * A person the year's rating concerns: in đảng số on 31 December or hosted here then.
 *
 * @param branchId        the branch they belong to (or are hosted in) on the rating day
 * @param temporarilyAway away on temporary transfer: rated at home all the same
 * @param notRated        why they are not rated, or null when they must be
 */
public record RatingCandidate(long memberId, PersonName name, LocalDate birthDate, Long branchId,
                              boolean temporarilyAway, NotRatedReason notRated) {

    public boolean mustBeRated() {
        return notRated == null;
    }
}
