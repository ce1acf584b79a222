package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
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
     * How many people the register holds and the highest id: when both are as they were at the
     * preview, nobody has been added since (people are never deleted in normal work; the recycle
     * bin keeps their ids).
     */
    public record Census(long members, long maxMemberId) {
    }

    /** How many events a person has and the last one's id: changes with any event added or removed. */
    public record HistoryMark(long events, long lastEventId) {

        public static HistoryMark of(List<MembershipEvent> events) {
            return new HistoryMark(events.size(), events.stream().mapToLong(e -> e.id() == null ? 0 : e.id()).max()
                    .orElse(0));
        }
    }

    private static final int CHUNK = 1_000;
    /** The key of the imports' advisory lock on a server ("DANGVU" in ASCII; any constant would do). */
    private static final long IMPORT_LOCK = 0x44414E475655L;

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

    public Census census() {
        var r = dsl.select(DSL.count(), DSL.coalesce(DSL.max(MEMBER.ID), 0L)).from(MEMBER).fetchSingle();
        return new Census(r.value1(), r.value2());
    }

    /** The history marks of these people (those without events are left out). */
    public Map<Long, HistoryMark> historyMarks(Collection<Long> ids) {
        Map<Long, HistoryMark> marks = new HashMap<>();
        for (List<Long> chunk : Chunks.of(ids, CHUNK)) {
            dsl.select(MEMBERSHIP_EVENT.MEMBER_ID, DSL.count(), DSL.max(MEMBERSHIP_EVENT.ID)).from(MEMBERSHIP_EVENT)
                    .where(MEMBERSHIP_EVENT.MEMBER_ID.in(chunk)).groupBy(MEMBERSHIP_EVENT.MEMBER_ID)
                    .forEach(r -> marks.put(r.value1(), new HistoryMark(r.value2(), r.value3())));
        }
        return marks;
    }

    /**
     * The people who hold one of these card numbers or CCCD, or were born on one of these days:
     * what a preview's new people must still not match when they are written.
     */
    public List<MemberKey> keysMatching(Collection<String> cardNumbers, Collection<String> citizenIds,
                                        Collection<LocalDate> birthDates) {
        List<MemberKey> keys = new ArrayList<>();
        for (List<String> chunk : Chunks.of(cardNumbers, CHUNK)) {
            keys.addAll(keysWhere(MEMBER.CARD_NUMBER.in(chunk)));
        }
        for (List<String> chunk : Chunks.of(citizenIds, CHUNK)) {
            keys.addAll(keysWhere(MEMBER.CITIZEN_ID.in(chunk)));
        }
        for (List<LocalDate> chunk : Chunks.of(birthDates, CHUNK)) {
            keys.addAll(keysWhere(MEMBER.BIRTH_DATE.in(chunk)));
        }
        return keys;
    }

    private List<MemberKey> keysWhere(org.jooq.Condition condition) {
        return dsl.select(MEMBER.ID, MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME, MEMBER.BIRTH_DATE,
                        MEMBER.CARD_NUMBER, MEMBER.CITIZEN_ID).from(MEMBER).where(condition)
                .fetch(r -> new MemberKey(r.value1(), new PersonName(r.value2(), r.value3(), r.value4()), r.value5(),
                        r.value6(), r.value7()));
    }

    /**
     * On a server, waits until no other import is being written (a lock of the application's own,
     * held to the end of this transaction: no table is locked). Imports of different lists then
     * follow one another, each one checking against what the one before it wrote. Nothing to do
     * in the H2 file, which one process uses at a time.
     */
    public void waitForOtherImports() {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
        }
    }

    /**
     * Marks people whose history this import extends as changed (their version goes up), each
     * only if nobody changed them since the preview; on a server the row stays locked to the end
     * of the transaction, so a clerk saving the same person waits, then is refused.
     */
    public void touch(List<Member> members) {
        String sql = "UPDATE " + dsl.render(MEMBER) + " SET VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?";
        checkedAll(members, JdbcBatch.run(dsl, sql, members, MEMBER.getName(), (statement, member) -> {
            statement.setLong(1, member.id());
            statement.setInt(2, member.version());
        }));
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
        checkedAll(members, counts);
    }

    private static void checkedAll(List<Member> members, int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw new StaleRecordException("Hồ sơ " + members.get(i).name().full());
            }
        }
    }
}
