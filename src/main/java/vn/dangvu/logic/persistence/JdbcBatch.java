package vn.dangvu.logic.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Many rows in few statements (JDBC batches, multi-row inserts), in the caller's transaction. */
final class JdbcBatch {

    /** Sets the parameters of one row. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static final int BATCH = 2_000;
    /** Rows per multi-row insert: fewer statements, and far below PostgreSQL's 65,535 parameters. */
    private static final int ROWS_PER_INSERT = 100;

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

    /**
     * Inserts the rows with statements of ROWS_PER_INSERT rows each
     * ({@code INSERT … VALUES (…), (…), …}), in the caller's transaction. H2 does its work per
     * statement (savepoint, a snapshot of every index) once per statement instead of once per
     * row as in a JDBC batch of one-row inserts.
     */
    static <T> void insert(DSLContext dsl, Table<?> table, List<Column<T, ?>> columns, List<T> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String names = columns.stream().map(c -> dsl.render(DSL.name(c.field().getName())))
                .collect(Collectors.joining(", "));
        String oneRow = columns.stream().map(c -> "?").collect(Collectors.joining(", ", "(", ")"));
        String into = "INSERT INTO " + dsl.render(table) + " (" + names + ") VALUES ";
        int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        dsl.connection(connection -> {
            try {
                insertInStatementsOf(ROWS_PER_INSERT, connection, into, oneRow, columns, rows.subList(0, full));
                insertInStatementsOf(rows.size() - full, connection, into, oneRow, columns, rows.subList(full, rows.size()));
            } catch (SQLException e) {
                throw new IllegalStateException("Không ghi được dữ liệu vào bảng " + table.getName() + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** The rows (a multiple of {@code perStatement}) through one statement of that many rows. */
    private static <T> void insertInStatementsOf(int perStatement, java.sql.Connection connection, String into,
                                                 String oneRow, List<Column<T, ?>> columns, List<T> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                into + String.join(", ", Collections.nCopies(perStatement, oneRow)))) {
            for (int from = 0; from < rows.size(); from += perStatement) {
                bindRows(statement, columns, rows.subList(from, from + perStatement));
                statement.executeUpdate();
            }
        }
    }

    private static <T> void bindRows(PreparedStatement statement, List<Column<T, ?>> columns, List<T> rows)
            throws SQLException {
        int parameter = 1;
        for (T row : rows) {
            for (Column<T, ?> column : columns) {
                statement.setObject(parameter++, column.value().apply(row));
            }
        }
    }

    private static int copy(int[] batch, int[] counts, int from) {
        System.arraycopy(batch, 0, counts, from, batch.length);
        return from + batch.length;
    }
}
