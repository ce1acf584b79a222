package vn.dangvu.model.paper;

import java.time.LocalDateTime;
import vn.dangvu.model.PersonName;

/** A paper in the recycle bin: whose it was, who removed it and when, and whether a new copy replaced it. */
public record RemovedPaper(Paper paper, PersonName member, String removedBy, LocalDateTime removedAt,
                           boolean replaced) {
}
