package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.VALID_REASON;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Valid reasons (lý do chính đáng) for months without activity or fees. */
public final class ValidReasonRepository {

    private final DSLContext dsl;

    ValidReasonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The excused months of everyone in a year, by member. */
    public Map<Long, Set<YearMonth>> monthsIn(int year) {
        Map<Long, Set<YearMonth>> months = new HashMap<>();
        dsl.select(VALID_REASON.MEMBER_ID, VALID_REASON.REASON_MONTH).from(VALID_REASON)
                .where(VALID_REASON.REASON_MONTH.between(java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 1)))
                .forEach(r -> months.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(YearMonth.from(r.value2())));
        return months;
    }

    /** Records or replaces the reason for one member's month. */
    public void save(long memberId, YearMonth month, String reason, String recordedBy) {
        dsl.deleteFrom(VALID_REASON).where(VALID_REASON.MEMBER_ID.eq(memberId), VALID_REASON.REASON_MONTH.eq(month.atDay(1)))
                .execute();
        dsl.insertInto(VALID_REASON, VALID_REASON.MEMBER_ID, VALID_REASON.REASON_MONTH, VALID_REASON.REASON,
                VALID_REASON.RECORDED_BY).values(memberId, month.atDay(1), reason, recordedBy).execute();
    }
}
