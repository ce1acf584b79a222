package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;

/**
 * Loads the register in two walks (all the events, then the people), never one query per
 * person: 100,000 members must load in about a second.
 */
public final class RegisterRepository {

    private final DSLContext dsl;

    RegisterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<RegisterEntry> loadAll() {
        return load(DSL.trueCondition(), DSL.trueCondition());
    }

    public List<RegisterEntry> load(long memberId) {
        return load(MEMBER.ID.eq(memberId), MEMBERSHIP_EVENT.MEMBER_ID.eq(memberId));
    }

    /** Everyone whose history names the branch (its members and hosted people, past and present). */
    public List<RegisterEntry> loadNamingBranch(long branchId) {
        var naming = DSL.select(MEMBERSHIP_EVENT.MEMBER_ID).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.BRANCH_ID.eq(branchId));
        var events = MEMBERSHIP_EVENT.as("naming");
        return load(MEMBER.ID.in(naming), MEMBERSHIP_EVENT.MEMBER_ID.in(
                DSL.select(events.MEMBER_ID).from(events).where(events.BRANCH_ID.eq(branchId))));
    }

    /**
     * People in the register's order from a position on, with their histories: the database
     * walks its index of Vietnamese name keys (decision 0011) and stops after {@code count} people.
     */
    public List<RegisterEntry> inNameOrder(int from, int count) {
        List<Long> ids = dsl.select(MEMBER.ID).from(MEMBER)
                .orderBy(MEMBER.NAME_SORT_KEY, MEMBER.BIRTH_DATE, MEMBER.ID)
                .limit(count).offset(from).fetch(MEMBER.ID);
        Map<Long, RegisterEntry> byId = new HashMap<>();
        load(ids).forEach(e -> byId.put(e.id(), e));
        List<RegisterEntry> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }

    /** The given people (a few hundred at most: the ids go into the query). */
    public List<RegisterEntry> load(java.util.Collection<Long> memberIds) {
        return load(MEMBER.ID.in(memberIds), MEMBERSHIP_EVENT.MEMBER_ID.in(memberIds));
    }

    /**
     * People along the primary key, a chunk at a time ({@link IndexWalk}), and after each chunk
     * the events of its span of ids along their covering index: both in id order, merged without a map.
     */
    private List<RegisterEntry> load(Condition people, Condition ofEvents) {
        MembershipEventType[] types = MembershipEventType.values();
        Map<String, String> shared = new HashMap<>();
        List<RegisterEntry> entries = new ArrayList<>();
        List<Person> chunk = new ArrayList<>(IndexWalk.CHUNK);
        IndexWalk.walk(dsl, IndexWalk.along(dsl, MEMBER, "MEMBER_REGISTER_COLUMNS"), MEMBER.ID, List.of(MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME,
                MEMBER.SEX, MEMBER.BIRTH_DATE, MEMBER.ETHNICITY, MEMBER.CARD_NUMBER, MEMBER.CITIZEN_ID), people,
                List.of(MEMBER.ID.asc()), rs -> {
                    // Names and ethnicities repeat a lot: share one string each to keep the heap small.
                    PersonName name = new PersonName(share(shared, rs.getString(2)), share(shared, rs.getString(3)),
                            share(shared, rs.getString(4)));
                    chunk.add(new Person(rs.getLong(1), name, MemberRepository.sex(rs.getString(5)),
                            rs.getObject(6, LocalDate.class), share(shared, rs.getString(7)), rs.getString(8),
                            rs.getString(9)));
                }, (first, last) -> {
                    EventHistories histories = histories(ofEvents, first, last, types, shared);
                    for (Person p : chunk) {
                        entries.add(RegisterEntry.of(p.id, p.name, p.sex, p.birthDate, p.ethnicity, p.cardNumber,
                                p.citizenId, histories.next(p.id)));
                    }
                    chunk.clear();
                });
        return entries;
    }

    /** A person's row until their events are read. */
    private record Person(long id, PersonName name, Sex sex, LocalDate birthDate, String ethnicity, String cardNumber,
                          String citizenId) {
    }

    private EventHistories histories(Condition ofEvents, long first, long last, MembershipEventType[] types,
                                     Map<String, String> shared) {
        EventHistories histories = new EventHistories();
        // The other side of a transfer comes along (documents name it); decisions and notes do not.
        IndexWalk.each(dsl.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID,
                        MEMBERSHIP_EVENT.TYPE, MEMBERSHIP_EVENT.BRANCH_ID, MEMBERSHIP_EVENT.OTHER_ORGANISATION)
                .from(IndexWalk.along(dsl, MEMBERSHIP_EVENT, "MEMBERSHIP_EVENT_MEMBER")).where(ofEvents).and(MEMBERSHIP_EVENT.MEMBER_ID.between(first, last))
                .orderBy(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID), rs -> {
                    long branch = rs.getLong(5);
                    Long branchId = rs.wasNull() ? null : branch;
                    String organisation = rs.getString(6);
                    OtherOrganisation other = organisation == null ? null
                            : new OtherOrganisation(share(shared, organisation), null, null);
                    histories.add(rs.getLong(1), new MembershipEvent(rs.getLong(3), typeOf(types, rs.getString(4)),
                            rs.getObject(2, LocalDate.class), branchId, null, other, null, null));
                });
        return histories.done();
    }

    private static MembershipEventType typeOf(MembershipEventType[] types, String name) {
        for (MembershipEventType type : types) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        throw new IllegalStateException("Loại sự kiện không rõ trong dữ liệu: " + name);
    }

    private static String share(Map<String, String> shared, String value) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }
}
