package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.FORMER_UNIT;
import static vn.dangvu.logic.persistence.jooq.Tables.FORMER_UNIT_MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.JOINED_TRANSFER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.model.merge.FormerUnit;

/** The former units merged into this committee, the people each brought, and the moves between them. */
public final class MergeRepository {

    private final DSLContext dsl;

    MergeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The former units in the order they were merged. */
    public List<FormerUnit> units() {
        return dsl.selectFrom(FORMER_UNIT).orderBy(FORMER_UNIT.ID)
                .fetch(r -> new FormerUnit(r.getName(), r.getJoinedOn()));
    }

    /** Whether anyone in the register came from no former unit: the committee's own records from before. */
    public boolean hasOwnMembers() {
        return dsl.fetchExists(DSL.selectOne().from(MEMBER).whereNotExists(
                DSL.selectOne().from(FORMER_UNIT_MEMBER).where(FORMER_UNIT_MEMBER.MEMBER_ID.eq(MEMBER.ID))));
    }

    /** Each move between two former units: the transfer-out event id → the transfer-in event id. */
    public Map<Long, Long> joinedTransfers() {
        Map<Long, Long> moves = new HashMap<>();
        dsl.selectFrom(JOINED_TRANSFER).forEach(r -> moves.put(r.getOutEventId(), r.getInEventId()));
        return moves;
    }
}
