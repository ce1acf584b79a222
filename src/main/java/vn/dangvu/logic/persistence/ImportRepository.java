package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH;
import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_RATING;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_RATING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.PersonName;

/**
 * What an import reads and writes in bulk: everyone's identity for matching in one query, the
 * full records of the matched people in a few, and batched updates. Never one query per row.
 */
public final class ImportRepository {

    /** What matching a row to a person needs: card number, else name and birth date; CCCD for uniqueness. */
    public record MemberKey(long id, PersonName name, LocalDate birthDate, String cardNumber, String citizenId) {
    }

    /**
     * Counts and maxima that change with any write: taken at preview and checked before applying,
     * so that a preview is never applied to data that changed since.
     */
    public record Fingerprint(long members, long maxMemberId, long memberVersions, long events, long maxEventId,
                              long branches, long memberRatings, long branchRatings) {
    }

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    ImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MemberKey> memberKeys() {
        List<MemberKey> keys = new ArrayList<>();
        try (var cursor = dsl.select(MEMBER.ID, MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME,
                MEMBER.BIRTH_DATE, MEMBER.CARD_NUMBER, MEMBER.CITIZEN_ID).from(MEMBER).fetchSize(5000).fetchLazy()) {
            for (var r : cursor) {
                keys.add(new MemberKey(r.value1(), new PersonName(r.value2(), r.value3(), r.value4()), r.value5(),
                        r.value6(), r.value7()));
            }
        }
        return keys;
    }

    /** The full records of these people. */
    public Map<Long, Member> members(Collection<Long> ids) {
        Map<Long, Member> members = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids, CHUNK)) {
            dsl.selectFrom(MEMBER).where(MEMBER.ID.in(chunk)).forEach(r -> members.put(r.getId(), MemberRepository.toMember(r)));
        }
        return members;
    }

    /** The histories of these people. */
    public Map<Long, List<MembershipEvent>> events(Collection<Long> ids) {
        Map<Long, List<MembershipEvent>> events = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids, CHUNK)) {
            events.putAll(new MembershipEventRepository(dsl).forMembers(chunk));
        }
        return events;
    }

    public Fingerprint fingerprint() {
        var r = dsl.select(
                DSL.field(DSL.selectCount().from(MEMBER)),
                DSL.field(DSL.select(DSL.coalesce(DSL.max(MEMBER.ID), 0L)).from(MEMBER)),
                DSL.field(DSL.select(DSL.coalesce(DSL.sum(MEMBER.VERSION), DSL.inline(java.math.BigDecimal.ZERO))).from(MEMBER)),
                DSL.field(DSL.selectCount().from(MEMBERSHIP_EVENT)),
                DSL.field(DSL.select(DSL.coalesce(DSL.max(MEMBERSHIP_EVENT.ID), 0L)).from(MEMBERSHIP_EVENT)),
                DSL.field(DSL.selectCount().from(BRANCH)),
                DSL.field(DSL.selectCount().from(MEMBER_RATING)),
                DSL.field(DSL.selectCount().from(BRANCH_RATING))).fetchSingle();
        return new Fingerprint(r.value1(), r.value2(), r.value3().longValue(), r.value4(), r.value5(), r.value6(),
                r.value7(), r.value8());
    }

    /**
     * Saves changed person records in batches, each only if nobody changed it since it was read
     * (version check); otherwise the whole transaction is refused.
     */
    public void updateMembers(List<Member> members) {
        List<Column<Member, ?>> columns = MemberRepository.COLUMNS.stream()
                .filter(column -> !column.field().equals(MEMBER.VERSION)).toList();
        StringBuilder sql = new StringBuilder("UPDATE ").append(dsl.render(MEMBER)).append(" SET ");
        for (Column<Member, ?> column : columns) {
            sql.append(dsl.render(DSL.name(column.field().getName()))).append(" = ?, ");
        }
        sql.append("VERSION = VERSION + 1, UPDATED_AT = CURRENT_TIMESTAMP WHERE ID = ? AND VERSION = ?");
        int[] counts = JdbcBatch.run(dsl, sql.toString(), members, MEMBER.getName(), (statement, member) -> {
            int i = 1;
            for (Column<Member, ?> column : columns) {
                statement.setObject(i++, column.value().apply(member));
            }
            statement.setLong(i++, member.id());
            statement.setInt(i, member.version());
        });
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StaleRecordException("Hồ sơ " + members.get(i).name().full());
            }
        }
    }
}
