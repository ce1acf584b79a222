package vn.dangvu.model.merge;

import java.util.Objects;

/**
 * A record of the source that is, or may be, a person already here.
 *
 * @param there  the source's record
 * @param here   the record already in the register
 * @param reason why they were paired, in Vietnamese ("Cùng số CCCD")
 */
public record PersonMatch(PersonKey there, PersonKey here, MatchKind kind, String reason) {

    public PersonMatch {
        Objects.requireNonNull(there, "there");
        Objects.requireNonNull(here, "here");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean certain() {
        return kind == MatchKind.CERTAIN;
    }
}
