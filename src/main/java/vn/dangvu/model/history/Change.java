package vn.dangvu.model.history;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A line of the change log: when, who, in which session, what (kind, whose page, which record)
 * and the fields old → new. {@code summary} says in words what fields cannot (a file written,
 * the change an undo reverted).
 */
public record Change(long id, ChangeKind kind, LocalDateTime at, String who, String sessionId, Long memberId,
                     Long subjectId, String summary, Long undoesId, List<FieldChange> fields) {

    public Change {
        fields = List.copyOf(fields);
    }

    public Optional<FieldChange> field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }

    public String newValue(String name) {
        return field(name).map(FieldChange::newValue).orElse(null);
    }

    public String oldValue(String name) {
        return field(name).map(FieldChange::oldValue).orElse(null);
    }
}
