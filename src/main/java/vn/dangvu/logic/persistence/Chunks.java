package vn.dangvu.logic.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits a long list of ids for IN (...) queries of a bounded size. */
final class Chunks {

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> values, int size) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
