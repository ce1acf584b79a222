package vn.dangvu.model.merge;

/** How sure a match between two records of a person is (DOMAIN.md §17: never merged on a guess). */
public enum MatchKind {
    /** Same CCCD, or same card number with the same birth date: one person. */
    CERTAIN,
    /** Name and birth date only, or the same card with another birth date: the clerk decides. */
    UNCERTAIN
}
