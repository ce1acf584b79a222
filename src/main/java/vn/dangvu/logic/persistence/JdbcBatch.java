package vn.dangvu.logic.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;

/** One prepared statement run for many rows in JDBC batches, in the caller's transaction. */
final class JdbcBatch {

    /** Sets the parameters of one row. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static final int BATCH = 2_000;

    private JdbcBatch() {
    }

    /** @return the update count of every row, in order */
    static <T> int[] run(DSLContext dsl, String sql, List<T> rows, String table, Binder<T> binder) {
        int[] counts = new int[rows.size()];
        if (rows.isEmpty()) {
            return counts;
        }
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                int done = 0;
                for (T row : rows) {
                    binder.bind(statement, row);
                    statement.addBatch();
                    if (++pending == BATCH) {
                        done = copy(statement.executeBatch(), counts, done);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    copy(statement.executeBatch(), counts, done);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Không ghi được dữ liệu vào bảng " + table + ": " + e.getMessage(), e);
            }
        });
        return counts;
    }

    private static int copy(int[] batch, int[] counts, int from) {
        System.arraycopy(batch, 0, counts, from, batch.length);
        return from + batch.length;
    }
}
