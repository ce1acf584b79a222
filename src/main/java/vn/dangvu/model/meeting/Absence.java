package vn.dangvu.model.meeting;

/** An absent person and, for an excused absence, the reason. */
public record Absence(RosterLine person, String reason) {
}
