package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import vn.dangvu.logic.persistence.jooq.tables.records.BranchRecord;
import vn.dangvu.logic.persistence.jooq.tables.records.MemberRecord;
import vn.dangvu.logic.persistence.jooq.tables.records.MembershipEventRecord;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;

/**
 * Many rows at once (demo data, imports): JDBC batches of one prepared statement per table,
 * in the caller's transaction. Rows carry their ids, given by the caller from {@link #nextIds()},
 * so that events can name their member without reading generated keys back; call
 * {@link #reserveIdsBelow} before inserting so that the application's own inserts continue
 * after them.
 */
public final class BulkInsert {

    /** The first free id of each table. */
    public record NextIds(long branch, long member, long event) {
    }

    /** One event of one person, with its id already set. */
    public record EventRow(long memberId, MembershipEvent event) {
    }

    private final DSLContext dsl;

    BulkInsert(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int memberCount() {
        return dsl.fetchCount(MEMBER);
    }

    public NextIds nextIds() {
        return new NextIds(nextId(BRANCH, BRANCH.ID), nextId(MEMBER, MEMBER.ID), nextId(MEMBERSHIP_EVENT, MEMBERSHIP_EVENT.ID));
    }

    /**
     * Branches with their ids. A branch merged into another is inserted after it (the
     * reference must exist), whatever the order of the list.
     */
    public void branches(List<Branch> branches) {
        List<Branch> ordered = new ArrayList<>();
        branches.stream().filter(b -> b.mergedIntoId() == null).forEach(ordered::add);
        branches.stream().filter(b -> b.mergedIntoId() != null).forEach(ordered::add);
        List<Field<?>> fields = List.of(BRANCH.ID, BRANCH.NAME, BRANCH.KIND, BRANCH.FOUNDED_ON, BRANCH.DISSOLVED_ON,
                BRANCH.MERGED_INTO_ID, BRANCH.NOTE);
        insert(BRANCH, fields, ordered, b -> {
            BranchRecord r = new BranchRecord();
            r.setId(Objects.requireNonNull(b.id(), "branch id"));
            r.setName(b.name());
            r.setKind(b.kind().name());
            r.setFoundedOn(b.foundedOn());
            r.setDissolvedOn(b.dissolvedOn());
            r.setMergedIntoId(b.mergedIntoId());
            r.setNote(b.note());
            return r;
        });
    }

    /** People with their ids. */
    public void members(List<Member> members) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> field : MEMBER.fields()) {
            if (!field.equals(MEMBER.CREATED_AT) && !field.equals(MEMBER.UPDATED_AT)) {
                fields.add(field); // the timestamps keep their defaults
            }
        }
        insert(MEMBER, fields, members, m -> {
            MemberRecord r = MemberRepository.toRecord(m);
            r.setId(Objects.requireNonNull(m.id(), "member id"));
            return r;
        });
    }

    /** Events with their ids; recordedBy must be set. The members must already be inserted. */
    public void events(List<EventRow> events) {
        List<Field<?>> fields = new ArrayList<>();
        for (Field<?> field : MEMBERSHIP_EVENT.fields()) {
            if (!field.equals(MEMBERSHIP_EVENT.RECORDED_AT)) {
                fields.add(field);
            }
        }
        insert(MEMBERSHIP_EVENT, fields, events, row -> {
            MembershipEventRecord r = MembershipEventRepository.toRecord(row.memberId(), row.event());
            r.setId(Objects.requireNonNull(row.event().id(), "event id"));
            return r;
        });
    }

    /**
     * Makes the tables generate ids from {@code next} on, so that the ids given to the rows of
     * a bulk insert (from {@link #nextIds()} up to {@code next}) are never generated again.
     * Call it before the inserts: in H2 this DDL commits the open transaction, which then
     * holds no change yet, so the inserts that follow stay all or nothing (a failure only
     * leaves a gap in the ids).
     */
    public void reserveIdsBelow(NextIds next) {
        restart(BRANCH, BRANCH.ID, next.branch());
        restart(MEMBER, MEMBER.ID, next.member());
        restart(MEMBERSHIP_EVENT, MEMBERSHIP_EVENT.ID, next.event());
    }

    private long nextId(Table<?> table, TableField<?, Long> id) {
        Long max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    private void restart(Table<?> table, TableField<?, Long> id, long next) {
        dsl.execute("ALTER TABLE " + dsl.render(table) + " ALTER COLUMN " + dsl.render(DSL.name(id.getName()))
                + " RESTART WITH " + Math.max(next, nextId(table, id)));
    }

    private <T> void insert(Table<?> table, List<Field<?>> fields, List<T> rows,
                            Function<T, ? extends Record> toRecord) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(dsl.render(table)).append(" (");
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(dsl.render(DSL.name(fields.get(i).getName())));
            marks.append(i == 0 ? "?" : ", ?");
        }
        sql.append(") VALUES (").append(marks).append(')');
        JdbcBatch.run(dsl, sql.toString(), rows, table.getName(), (statement, row) -> {
            Record record = toRecord.apply(row);
            for (int i = 0; i < fields.size(); i++) {
                statement.setObject(i + 1, record.get(fields.get(i)));
            }
        });
    }
}
