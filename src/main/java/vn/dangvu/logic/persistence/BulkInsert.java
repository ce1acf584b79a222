package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.PersonName;

/**
 * Many rows at once (demo data, imports): multi-row inserts of plain JDBC parameters, in the
 * caller's transaction. Rows carry their ids, reserved first ({@link #branchIds}, {@link #memberIds},
 * {@link #eventIds}), so that events can name their member without reading generated keys back.
 * On a PostgreSQL server the ids come from each table's own sequence, which other clerks draw from
 * at the same time: no DDL and no table lock (decision 0027). In the H2 file, used by one process,
 * the table's identity is moved past a run of ids, as before.
 */
public final class BulkInsert {

    /** One event of one person, with its id already set. */
    public record EventRow(long memberId, MembershipEvent event) {
    }

    /** The columns of a branch, with its id. */
    private static final List<Column<Branch, ?>> BRANCH_COLUMNS = List.of(
            Column.of(BRANCH.ID, b -> Objects.requireNonNull(b.id(), "branch id")),
            Column.of(BRANCH.NAME, Branch::name),
            Column.of(BRANCH.KIND, b -> b.kind().name()),
            Column.of(BRANCH.FOUNDED_ON, Branch::foundedOn),
            Column.of(BRANCH.DISSOLVED_ON, Branch::dissolvedOn),
            Column.of(BRANCH.MERGED_INTO_ID, Branch::mergedIntoId),
            Column.of(BRANCH.NOTE, Branch::note));

    /** The columns of an event, with its id and member; the time recorded keeps its default. */
    private static final List<Column<EventRow, ?>> EVENT_COLUMNS = eventColumns();

    private final DSLContext dsl;
    /** The register's name keys, each distinct word collated once per bulk insert. */
    private final Function<PersonName, byte[]> sortKeys = NameOrder.sortKeys();

    BulkInsert(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int memberCount() {
        return dsl.fetchCount(MEMBER);
    }

    /**
     * Ids for {@code count} new branches. In the H2 file this commits the open transaction
     * (DDL): reserve every id before the first write of the unit of work, so that it stays all or
     * nothing (a failure then only leaves a gap in the ids).
     */
    public IdBlock branchIds(int count) {
        return reserve(BRANCH, BRANCH.ID, count);
    }

    /** Ids for {@code count} new members; see {@link #branchIds}. */
    public IdBlock memberIds(int count) {
        return reserve(MEMBER, MEMBER.ID, count);
    }

    /** Ids for {@code count} new events; see {@link #branchIds}. */
    public IdBlock eventIds(int count) {
        return reserve(MEMBERSHIP_EVENT, MEMBERSHIP_EVENT.ID, count);
    }

    /**
     * Branches with their ids. A branch merged into another is inserted after it (the
     * reference must exist), whatever the order of the list.
     */
    public void branches(List<Branch> branches) {
        List<Branch> ordered = new ArrayList<>();
        branches.stream().filter(b -> b.mergedIntoId() == null).forEach(ordered::add);
        branches.stream().filter(b -> b.mergedIntoId() != null).forEach(ordered::add);
        JdbcBatch.insert(dsl, BRANCH, BRANCH_COLUMNS, ordered);
    }

    /** People with their ids; the timestamps keep their defaults. */
    public void members(List<Member> members) {
        List<Column<Member, ?>> columns = new ArrayList<>();
        columns.add(Column.of(MEMBER.ID, m -> Objects.requireNonNull(m.id(), "member id")));
        columns.addAll(MemberRepository.columns(sortKeys));
        JdbcBatch.insert(dsl, MEMBER, columns, members);
    }

    /** Events with their ids; recordedBy must be set. The members must already be inserted. */
    public void events(List<EventRow> events) {
        JdbcBatch.insert(dsl, MEMBERSHIP_EVENT, EVENT_COLUMNS, events);
    }

    private IdBlock reserve(Table<?> table, TableField<?, Long> id, int count) {
        if (count == 0) {
            return IdBlock.run(1, 0);
        }
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            return fromSequence(table, count);
        }
        Long max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Long.class);
        long first = max == null ? 1 : max + 1;
        // H2 2 does not name an identity column's sequence, so it is moved past the run instead.
        dsl.execute("ALTER TABLE " + dsl.render(table) + " ALTER COLUMN " + dsl.render(DSL.name(id.getName()))
                + " RESTART WITH " + (first + count));
        return IdBlock.run(first, count);
    }

    /** nextval of the column's identity sequence, {@code count} times in one query. */
    private IdBlock fromSequence(Table<?> table, int count) {
        long[] ids = dsl.resultQuery("SELECT nextval(pg_get_serial_sequence({0}, 'id')) FROM generate_series(1, {1})",
                        DSL.inline(dsl.render(table)), DSL.inline(count))
                .fetch().getValues(0, Long.class).stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(ids); // ascending, as the rows' own order: cheaper for the indexes
        return IdBlock.of(ids);
    }

    private static List<Column<EventRow, ?>> eventColumns() {
        List<Column<EventRow, ?>> columns = new ArrayList<>();
        columns.add(Column.of(MEMBERSHIP_EVENT.ID, row -> Objects.requireNonNull(row.event().id(), "event id")));
        columns.add(Column.of(MEMBERSHIP_EVENT.MEMBER_ID, EventRow::memberId));
        MembershipEventRepository.COLUMNS.forEach(column -> columns.add(column.from(EventRow::event)));
        return List.copyOf(columns);
    }
}
