package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.Record9;
import org.jooq.impl.DSL;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;

/**
 * Loads the register in two queries (all the events, then the people), never one query per
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

    private List<RegisterEntry> load(Condition people, Condition ofEvents) {
        return StreamedReads.during(dsl, () -> read(people, ofEvents));
    }

    private List<RegisterEntry> read(Condition people, Condition ofEvents) {
        Map<Long, List<MembershipEvent>> events = new HashMap<>();
        MembershipEventType[] types = MembershipEventType.values();
        Map<String, String> shared = new HashMap<>();
        // The other side of a transfer comes along (documents name it); decisions and notes do not.
        try (var cursor = dsl.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.ID, MEMBERSHIP_EVENT.TYPE,
                        MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.BRANCH_ID, MEMBERSHIP_EVENT.OTHER_ORGANISATION)
                .from(MEMBERSHIP_EVENT).where(ofEvents).fetchSize(5000).fetchLazy()) {
            for (Record6<Long, Long, String, java.time.LocalDate, Long, String> r : cursor) {
                OtherOrganisation other = r.value6() == null ? null
                        : new OtherOrganisation(share(shared, r.value6()), null, null);
                MembershipEvent event = new MembershipEvent(r.value2(), typeOf(types, r.value3()), r.value4(),
                        r.value5(), null, other, null, null);
                events.computeIfAbsent(r.value1(), id -> new ArrayList<>(4)).add(event);
            }
        }
        List<RegisterEntry> entries = new ArrayList<>();
        try (var cursor = dsl.select(MEMBER.ID, MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME, MEMBER.SEX,
                        MEMBER.BIRTH_DATE, MEMBER.ETHNICITY, MEMBER.CARD_NUMBER, MEMBER.CITIZEN_ID)
                .from(MEMBER).where(people).fetchSize(5000).fetchLazy()) {
            for (Record9<Long, String, String, String, String, java.time.LocalDate, String, String, String> r : cursor) {
                // Names and ethnicities repeat a lot: share one string each to keep the heap small.
                PersonName name = new PersonName(share(shared, r.value2()), share(shared, r.value3()),
                        share(shared, r.value4()));
                MembershipHistory history = MembershipHistory.of(events.getOrDefault(r.value1(), List.of()));
                entries.add(RegisterEntry.of(r.value1(), name, MemberRepository.sex(r.value5()), r.value6(),
                        share(shared, r.value7()), r.value8(), r.value9(), history));
            }
        }
        return entries;
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
