package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.List;

/**
 * Biên bản tiếp nhận: what the committee received from a former unit (DOMAIN.md §17) — members on
 * the join date, where each branch went, the people found in both records, the contradictions and
 * how each was settled, who recorded it.
 *
 * @param committee the committee as named on the day it was recorded
 * @param people    every record the unit brought (members, and those who had left)
 */
public record Handover(String committee, String unit, LocalDate joinedOn, String sourceFile, LocalDate recordedOn,
                       String recordedBy, int people, int members, int official, int probationary, int exempt,
                       List<BranchLine> branches, List<JoinedLine> joined, List<SettledLine> settled) {

    /** A source branch, its members on the join date and where it went. */
    public record BranchLine(String from, int members, String action, String to) {
    }

    /** A person found in both records and joined into one. */
    public record JoinedLine(String person, String hereRecord, String reason) {
    }

    /** A contradiction and the side the clerk kept. */
    public record SettledLine(String person, String field, String here, String there, String kept) {
    }

    public Handover {
        branches = List.copyOf(branches);
        joined = List.copyOf(joined);
        settled = List.copyOf(settled);
    }
}
