package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.DSLContext;
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
 * caller's transaction. Rows carry their ids, given by the caller from {@link #nextIds()},
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

    private static List<Column<EventRow, ?>> eventColumns() {
        List<Column<EventRow, ?>> columns = new ArrayList<>();
        columns.add(Column.of(MEMBERSHIP_EVENT.ID, row -> Objects.requireNonNull(row.event().id(), "event id")));
        columns.add(Column.of(MEMBERSHIP_EVENT.MEMBER_ID, EventRow::memberId));
        MembershipEventRepository.COLUMNS.forEach(column -> columns.add(column.from(EventRow::event)));
        return List.copyOf(columns);
    }
}
