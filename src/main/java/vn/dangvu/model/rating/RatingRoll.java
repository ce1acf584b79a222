package vn.dangvu.model.rating;

import java.time.LocalDate;
import java.util.Optional;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;

/**
 * Who is rated for a year (DOMAIN.md §9), decided from the membership history alone. The
 * rating is taken on 31 December of the year (project rule): a member is rated in the branch
 * the register shows on that day, temporarily away members at home.
 */
public final class RatingRoll {

    /** A member admitted less than this many months before the rating day is not rated yet. */
    static final int MINIMUM_MONTHS = 6;

    private RatingRoll() {
    }

    public static LocalDate ratingDay(int year) {
        return LocalDate.of(year, 12, 31);
    }

    /** Whether the person belongs on the year's rating at all: in đảng số on the rating day, or hosted here then. */
    public static boolean concerned(MembershipState state) {
        return state.countsInPartyStrength() || state.status() == MemberStatus.HOSTED;
    }

    /**
     * Why a person concerned by the year's rating is not rated, or empty when they must be.
     * Hosted members are rated at home; exempt members, members whose activity is suspended and
     * those admitted (or re-admitted) less than 6 months before the rating day are not rated.
     */
    public static Optional<NotRatedReason> notRatedReason(MembershipHistory history, int year) {
        LocalDate day = ratingDay(year);
        MembershipState state = history.stateOn(day);
        if (state.status() == MemberStatus.HOSTED) {
            return Optional.of(NotRatedReason.HOSTED);
        }
        if (state.exempt()) {
            return Optional.of(NotRatedReason.EXEMPT);
        }
        if (state.suspended()) {
            return Optional.of(NotRatedReason.SUSPENDED);
        }
        Optional<LocalDate> admitted = history.admissionDateOn(day);
        if (admitted.isPresent() && admitted.get().isAfter(day.minusMonths(MINIMUM_MONTHS))) {
            return Optional.of(NotRatedReason.ADMITTED_RECENTLY);
        }
        return Optional.empty();
    }
}
