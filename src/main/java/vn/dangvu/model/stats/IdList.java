package vn.dangvu.model.stats;

import java.util.Arrays;

/** A growable list of ids, cheaper than a List of Long for 100,000 entries. */
final class IdList {

    static final long[] EMPTY = new long[0];

    private long[] ids = EMPTY;
    private int size;

    void add(long id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, Math.max(8, size * 2));
        }
        ids[size++] = id;
    }

    void addAll(IdList other) {
        for (int i = 0; i < other.size; i++) {
            add(other.ids[i]);
        }
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return size == 0 ? EMPTY : Arrays.copyOf(ids, size);
    }
}
