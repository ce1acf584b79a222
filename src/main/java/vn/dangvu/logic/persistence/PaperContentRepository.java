package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.PAPER_CONTENT;

import java.util.Optional;
import org.jooq.DSLContext;

/** The bytes of papers on a PostgreSQL server (paper_content); the H2 file keeps them in ho-so/ instead. */
public final class PaperContentRepository {

    private final DSLContext dsl;

    PaperContentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** True when the bytes were new; two clerks adding the same scan at once both succeed. */
    public boolean insertIfAbsent(String contentId, byte[] bytes) {
        return dsl.insertInto(PAPER_CONTENT, PAPER_CONTENT.CONTENT_ID, PAPER_CONTENT.BYTES)
                .values(contentId, bytes).onConflictDoNothing().execute() == 1;
    }

    public Optional<byte[]> find(String contentId) {
        return dsl.select(PAPER_CONTENT.BYTES).from(PAPER_CONTENT).where(PAPER_CONTENT.CONTENT_ID.eq(contentId))
                .fetchOptional(PAPER_CONTENT.BYTES);
    }

    public boolean exists(String contentId) {
        return dsl.fetchExists(PAPER_CONTENT, PAPER_CONTENT.CONTENT_ID.eq(contentId));
    }
}
