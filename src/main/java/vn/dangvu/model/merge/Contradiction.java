package vn.dangvu.model.merge;

import java.util.Objects;

/**
 * One thing two records of a person disagree on (DOMAIN.md §17: nothing is chosen silently).
 * The clerk settles it by choosing which record is right.
 *
 * @param field   what it is about, also its key among the person's contradictions ("Ngày vào Đảng")
 * @param here    what the record already here says
 * @param there   what the source says
 * @param message the whole disagreement in a sentence
 */
public record Contradiction(String field, String here, String there, String message) {

    public Contradiction {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
