package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;

/**
 * Two records of a person joined into one (DOMAIN.md §17): one person record and one timeline.
 *
 * @param member            the record here with the source's values where the clerk chose them and its blanks filled
 * @param added             the source's events that join the timeline, in the order they are to be stored
 * @param recycled          events here that the clerk's choices found wrong (to the recycle bin)
 * @param open              what is still to be settled; nothing is written while any remains
 * @param settled           what was settled and how, for the handover record
 * @param factsFromThere    the keyed facts (by field) where the source's record replaces the one here
 * @param attendanceThereUntil the source's meeting attendance is brought only up to this day; null: all of it
 * @param moves             transfers out of one side followed by a transfer into the other: a move between
 *                          two former units, a branch move in the combined figures (decision 0018)
 */
public record JoinedHistory(Member member, List<MembershipEvent> added, List<MembershipEvent> recycled,
                            List<Contradiction> open, List<Settled> settled, Set<String> factsFromThere,
                            LocalDate attendanceThereUntil, List<InternalMove> moves) {

    /** A contradiction and the side the clerk found right. */
    public record Settled(Contradiction contradiction, Side right) {
    }

    /**
     * A transfer out recorded on one side and the transfer in on the other.
     *
     * @param outSide whose event the transfer out is (its id in that side's data)
     */
    public record InternalMove(Side outSide, long outId, Side inSide, long inId) {
    }

    public JoinedHistory {
        added = List.copyOf(added);
        recycled = List.copyOf(recycled);
        open = List.copyOf(open);
        settled = List.copyOf(settled);
        factsFromThere = Set.copyOf(factsFromThere);
        moves = List.copyOf(moves);
    }

    public boolean ready() {
        return open.isEmpty();
    }
}
