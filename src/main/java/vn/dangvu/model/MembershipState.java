package vn.dangvu.model;

/**
 * Where a person stands at the end of a day, derived by replaying their events.
 *
 * @param status          what the register shows
 * @param branchId        the branch they belong to (or last belonged to), null if never inside
 * @param exempt          miễn công tác và sinh hoạt đảng
 * @param temporarilyAway on temporary transfer elsewhere: still counted at home
 * @param suspended       đình chỉ sinh hoạt đảng: still counted, not rated
 */
public record MembershipState(MemberStatus status, Long branchId, boolean exempt, boolean temporarilyAway,
                              boolean suspended) {

    public static final MembershipState NONE = new MembershipState(MemberStatus.NOT_YET_MEMBER, null, false, false,
            false);

    /** In đảng số (QĐ24 6.3.2): official and probationary, exempt and away included, hosted excluded. */
    public boolean countsInPartyStrength() {
        return status.isMember();
    }
}
