package vn.dangvu.model.meeting;

/**
 * The register part of the minutes' count: the branch's own members on the day (đảng số of
 * the branch, exempt and away included) and the members it hosts temporarily.
 */
public record RosterCounts(int official, int probationary, int exempt, int away, int hosted) {

    public int total() {
        return official + probationary;
    }

    /** Own members expected at the meeting: neither exempt nor away. */
    public int required() {
        return total() - exempt - away;
    }
}
