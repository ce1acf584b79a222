package vn.dangvu.logic.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.SortField;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reads a whole table along an index, a chunk of rows at a time: each chunk is a query of its own
 * that resumes after the last id of the one before (keyset), so the database walks the index once
 * and a chunk stays in memory. Not H2's LAZY_QUERY_EXECUTION (decision 0028): a lazy read of a
 * large table fails with "Chunk … not found" when H2 rewrites its file meanwhile, as it does after
 * a large write (H2 issues 4142 and 4383; it stopped the 100,000-member bench data twice). Without
 * either, H2 gathers a result of more than 20,000 rows (with a 512 MB heap) in a temporary file
 * before handing the first row.
 */
final class IndexWalk {

    /** Rows per query: far below H2's in-memory limit, with room for several events per person. */
    static final int CHUNK = 2_500;

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Called after each chunk with the first and last id it held. */
    interface ChunkEnd {
        void chunk(long first, long last);
    }

    private IndexWalk() {
    }

    /**
     * Hands every row matching {@code where} to the reader, in the order of {@code order}, whose
     * last field is {@code id} (unique among the rows matched; any before it fixed by {@code where});
     * the id is the first column of the select list, {@code columns} follow.
     */
    static void walk(DSLContext dsl, Table<?> table, Field<Long> id, List<? extends Field<?>> columns, Condition where,
                     List<? extends SortField<?>> order, RowReader reader, ChunkEnd end) {
        List<Field<?>> select = new ArrayList<>();
        select.add(id);
        select.addAll(columns);
        Condition resume = DSL.noCondition();
        while (true) {
            long[] span = chunk(dsl.select(select).from(table).where(where).and(resume).orderBy(order).limit(CHUNK), reader);
            if (span == null) {
                return;
            }
            end.chunk(span[0], span[1]);
            if (span[2] < CHUNK) {
                return;
            }
            resume = id.gt(span[1]);
        }
    }

    /** @return the first and last id and the number of rows, null when there were none */
    private static long[] chunk(ResultQuery<?> query, RowReader reader) {
        try (ResultSet rs = query.fetchResultSet()) {
            long[] span = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (span == null) {
                    span = new long[] {id, id, 0};
                }
                reader.read(rs);
                span[1] = id;
                span[2]++;
            }
            return span;
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được dữ liệu: " + e.getMessage(), e);
        }
    }

    /**
     * The table read along the named index on H2, whose planner otherwise picks among indexes of
     * the same leading column by estimates that ignore which columns each carries (it walked the
     * primary key, the wide rows, for a first chunk). Other databases choose for themselves.
     */
    static Table<?> along(DSLContext dsl, Table<?> table, String index) {
        return dsl.dialect().family() == SQLDialect.H2 ? table.useIndex(index) : table;
    }

    /** The rows of one query, in the order it gives. */
    static void each(ResultQuery<?> query, RowReader reader) {
        try (ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được dữ liệu: " + e.getMessage(), e);
        }
    }
}
