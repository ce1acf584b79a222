package vn.dangvu.logic.merge;

/** Told how far a merge has got: source rows handled out of all of them. */
@FunctionalInterface
public interface MergeProgress {

    MergeProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
