package vn.dangvu.logic.importing;

/** Told how far an import has come, for a progress bar; called on the thread doing the work. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> { };

    void update(int done, int total);
}
