package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.dangvu.logic.persistence.jooq.tables.records.MembershipEventRecord;
import vn.dangvu.model.Decision;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;

/** Append-only membership events: inserted and read, never updated. */
public final class MembershipEventRepository {

    private final DSLContext dsl;

    MembershipEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MembershipEvent> forMember(long memberId) {
        return dsl.selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.MEMBER_ID.eq(memberId))
                .orderBy(MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .fetch(MembershipEventRepository::toEvent);
    }

    /** The full events of several members in one query. */
    public Map<Long, List<MembershipEvent>> forMembers(Collection<Long> memberIds) {
        return dsl.selectFrom(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.MEMBER_ID.in(memberIds))
                .orderBy(MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.ID)
                .fetchGroups(MEMBERSHIP_EVENT.MEMBER_ID, MembershipEventRepository::toEvent);
    }

    /** Ids of the people whose history names the branch. */
    public List<Long> membersNamingBranch(long branchId) {
        return dsl.selectDistinct(MEMBERSHIP_EVENT.MEMBER_ID).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.BRANCH_ID.eq(branchId)).fetch(MEMBERSHIP_EVENT.MEMBER_ID);
    }

    /**
     * Decision dates of admissions, re-admissions and transfers in, by event id: party age
     * counts from the admission decision and a transfer letter's date opens a gap. The
     * register load leaves decisions out, so they come in this one extra query.
     */
    public Map<Long, LocalDate> partyAgeDecisionDates() {
        Map<Long, LocalDate> dates = new HashMap<>();
        dsl.select(MEMBERSHIP_EVENT.ID, MEMBERSHIP_EVENT.DECISION_DATE).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.TYPE.in(MembershipEventType.ADMITTED.name(),
                        MembershipEventType.READMITTED.name(), MembershipEventType.TRANSFERRED_IN.name()),
                        MEMBERSHIP_EVENT.DECISION_DATE.isNotNull())
                .forEach(r -> dates.put(r.value1(), r.value2()));
        return dates;
    }

    public MembershipEvent insert(long memberId, MembershipEvent event) {
        MembershipEventRecord record = toRecord(memberId, event);
        record.attach(dsl.configuration());
        record.store();
        return event.withId(record.getId());
    }

    /** Every column an event writes but its id and member, and its value (see {@link Column}). */
    static final List<Column<MembershipEvent, ?>> COLUMNS = List.of(
            Column.of(MEMBERSHIP_EVENT.TYPE, e -> e.type().name()),
            Column.of(MEMBERSHIP_EVENT.EVENT_DATE, MembershipEvent::date),
            Column.of(MEMBERSHIP_EVENT.BRANCH_ID, MembershipEvent::branchId),
            Column.of(MEMBERSHIP_EVENT.DECISION_NUMBER, e -> e.decision().number()),
            Column.of(MEMBERSHIP_EVENT.DECISION_DATE, e -> e.decision().date()),
            Column.of(MEMBERSHIP_EVENT.ISSUING_BODY, e -> e.decision().issuingBody()),
            Column.of(MEMBERSHIP_EVENT.OTHER_ORGANISATION, e -> e.otherOrganisation().name()),
            Column.of(MEMBERSHIP_EVENT.OTHER_PROVINCE, e -> e.otherOrganisation().province()),
            Column.of(MEMBERSHIP_EVENT.OTHER_DISTRICT, e -> e.otherOrganisation().district()),
            Column.of(MEMBERSHIP_EVENT.NOTE, MembershipEvent::note),
            Column.of(MEMBERSHIP_EVENT.RECORDED_BY, MembershipEvent::recordedBy));

    public static MembershipEventRecord toRecord(long memberId, MembershipEvent e) {
        MembershipEventRecord r = new MembershipEventRecord();
        r.setMemberId(memberId);
        COLUMNS.forEach(column -> column.copy(e, r));
        return r;
    }

    static MembershipEvent toEvent(MembershipEventRecord r) {
        return new MembershipEvent(r.getId(), MembershipEventType.valueOf(r.getType()), r.getEventDate(),
                r.getBranchId(), new Decision(r.getDecisionNumber(), r.getDecisionDate(), r.getIssuingBody()),
                new OtherOrganisation(r.getOtherOrganisation(), r.getOtherProvince(), r.getOtherDistrict()),
                r.getNote(), r.getRecordedBy());
    }
}
