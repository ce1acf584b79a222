package vn.dangvu.logic.persistence;

import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * "Insert the row, or replace the one with the same key" as one statement for JDBC batches, in
 * each database's own words: H2's MERGE … KEY, PostgreSQL's INSERT … ON CONFLICT (decision 0015).
 */
final class Upsert {

    private Upsert() {
    }

    /**
     * @param columns the columns written, unquoted
     * @param key     the columns of the primary key, among {@code columns}
     * @param values  one SQL value per column: "?" or an expression such as CURRENT_TIMESTAMP
     */
    static String sql(DSLContext dsl, Table<?> table, List<String> columns, List<String> key, List<String> values) {
        String into = dsl.render(table) + " (" + String.join(", ", columns) + ")";
        String rows = " VALUES (" + String.join(", ", values) + ")";
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return "MERGE INTO " + into + " KEY (" + String.join(", ", key) + ")" + rows;
        }
        return "INSERT INTO " + into + rows + " ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET "
                + columns.stream().filter(c -> !key.contains(c)).map(c -> c + " = EXCLUDED." + c)
                        .collect(Collectors.joining(", "));
    }
}
