package vn.dangvu.logic.persistence;

import java.util.Arrays;

/**
 * The ids a source's rows got here (a merge of former units), compact enough for millions of
 * events: two parallel arrays sorted by the source id once all pairs are in.
 */
public final class IdMap {

    private long[] from = new long[1024];
    private long[] to = new long[1024];
    private int size;
    private boolean sorted = true;

    public void put(long sourceId, long id) {
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
        }
        sorted &= size == 0 || from[size - 1] < sourceId;
        from[size] = sourceId;
        to[size++] = id;
    }

    /** The id here of a source id, or null when the row did not come (left out, or joined into another). */
    public Long get(Long sourceId) {
        if (sourceId == null) {
            return null;
        }
        sort();
        int at = Arrays.binarySearch(from, 0, size, sourceId);
        return at < 0 ? null : to[at];
    }

    public int size() {
        return size;
    }

    private void sort() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(from[a], from[b]));
        long[] sortedFrom = new long[from.length];
        long[] sortedTo = new long[to.length];
        for (int i = 0; i < size; i++) {
            sortedFrom[i] = from[order[i]];
            sortedTo[i] = to[order[i]];
        }
        from = sortedFrom;
        to = sortedTo;
        sorted = true;
    }
}
