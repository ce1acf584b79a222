package vn.dangvu.logic.persistence;

/**
 * Ids reserved for the new rows of one table in a bulk insert ({@link BulkInsert}), in ascending
 * order: a run of consecutive ids in the H2 file, the values the server's sequence handed out on
 * PostgreSQL (other clerks draw from it at the same time, so they need not be consecutive).
 */
public final class IdBlock {

    private final long first;
    private final long[] ids;
    private final int size;

    private IdBlock(long first, long[] ids, int size) {
        this.first = first;
        this.ids = ids;
        this.size = size;
    }

    static IdBlock run(long first, int size) {
        return new IdBlock(first, null, size);
    }

    static IdBlock of(long[] ascending) {
        return new IdBlock(0, ascending, ascending.length);
    }

    /** The id of the {@code index}-th new row (from 0). */
    public long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("id " + index + " of " + size + " reserved");
        }
        return ids == null ? first + index : ids[index];
    }

    public int size() {
        return size;
    }
}
