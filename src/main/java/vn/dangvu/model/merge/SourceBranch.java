package vn.dangvu.model.merge;

/**
 * A branch of the source as the merge sees it.
 *
 * @param open   whether it still existed on the join date (a dissolved one comes as history only)
 * @param people how many of the source's people were in it at the end of the join date
 */
public record SourceBranch(long id, String name, boolean open, int people) {
}
