package vn.dangvu.logic.persistence;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Reads of whole tables, streamed. H2 otherwise gathers a whole result before the first row, and
 * one larger than its in-memory limit (20,000 rows with a 512 MB heap) goes to a temporary file
 * and back. PostgreSQL streams with a fetch size already.
 */
final class StreamedReads {

    private StreamedReads() {
    }

    static <T> T during(DSLContext dsl, Supplier<T> read) {
        if (dsl.dialect().family() != SQLDialect.H2) {
            return read.get();
        }
        dsl.execute("SET LAZY_QUERY_EXECUTION TRUE");
        try {
            return read.get();
        } finally {
            dsl.execute("SET LAZY_QUERY_EXECUTION FALSE");
        }
    }
}
