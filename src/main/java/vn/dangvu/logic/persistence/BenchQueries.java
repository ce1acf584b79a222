package vn.dangvu.logic.persistence;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The floors of the benchmark harness: the same work as a feature, done by the simplest SQL on
 * the same tables. Whatever a feature costs beyond its floor is its own.
 */
public final class BenchQueries {

    /**
     * Đảng số on a day in one aggregate: each person's last event that brings them in or takes
     * them out, read from the index that carries every column it needs (H2's planner would pick
     * the date index and read each row).
     */
    private static final String IN_STRENGTH_ON = """
            SELECT COUNT(*) FROM (
              SELECT MAX(DATEDIFF(DAY, DATE '1900-01-01', event_date) * 10000000000 + id * 2
                         + CASE WHEN type IN ('ADMITTED', 'READMITTED', 'TRANSFERRED_IN', 'RESTORED') THEN 1 ELSE 0 END) k
              FROM membership_event USE INDEX (membership_event_member)
              WHERE event_date <= ?
                AND (type IN ('READMITTED', 'TRANSFERRED_IN', 'RESTORED', 'TRANSFERRED_OUT', 'REMOVED', 'EXPELLED',
                              'RESIGNED', 'DIED', 'HOSTING_STARTED', 'HOSTING_ENDED')
                     OR type = 'ADMITTED' AND branch_id IS NOT NULL)
              GROUP BY member_id) last_change
            WHERE MOD(k, 2) = 1""";

    /** The same on PostgreSQL, which chooses its index itself and counts days by subtracting dates. */
    private static final String IN_STRENGTH_ON_SERVER = IN_STRENGTH_ON
            .replace("DATEDIFF(DAY, DATE '1900-01-01', event_date)", "(event_date - DATE '1900-01-01')::bigint")
            .replace(" USE INDEX (membership_event_member)", "");

    /** A page of names in the register's order (given name first), by the Vietnamese name keys. */
    private static final String FIRST_PAGE = """
            SELECT id, family_name, middle_name, given_name, birth_date FROM member
            ORDER BY name_sort_key, birth_date, id LIMIT ?""";

    private static final String RATINGS = """
            SELECT rating_year, grade, COUNT(*) FROM member_rating
            WHERE rating_year BETWEEN ? AND ? GROUP BY rating_year, grade""";

    private final DSLContext dsl;

    BenchQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int inStrengthOn(LocalDate day) {
        String sql = dsl.dialect().family() == SQLDialect.POSTGRES ? IN_STRENGTH_ON_SERVER : IN_STRENGTH_ON;
        return dsl.resultQuery(sql, day).fetchOne(0, int.class);
    }

    /** The number of rows read: the page itself. */
    public int firstPage(int size) {
        return dsl.resultQuery(FIRST_PAGE, size).fetch().size();
    }

    /** The number of (year, grade) cells. */
    public int ratingCounts(int fromYear, int toYear) {
        return dsl.resultQuery(RATINGS, fromYear, toYear).fetch().size();
    }

    public int memberCount() {
        return dsl.fetchCount(dsl.selectOne().from("member"));
    }

    public int eventCount() {
        return dsl.fetchCount(dsl.selectOne().from("membership_event"));
    }
}
