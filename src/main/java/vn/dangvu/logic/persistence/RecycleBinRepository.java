package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.DELETED_MEMBERSHIP_EVENT;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.dangvu.logic.persistence.jooq.tables.records.DeletedMembershipEventRecord;
import vn.dangvu.model.Decision;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.history.DeletedEvent;

/**
 * Thùng rác: a deleted event moves, row for row, out of membership_event into
 * deleted_membership_event, and back with the same id when restored.
 */
public final class RecycleBinRepository {

    private final DSLContext dsl;
    private final EditSession session;

    RecycleBinRepository(DSLContext dsl, EditSession session) {
        this.dsl = dsl;
        this.session = session;
    }

    /** Moves the event into the bin; false when there was no such event. */
    public boolean put(long eventId) {
        var e = MEMBERSHIP_EVENT;
        int moved = dsl.insertInto(DELETED_MEMBERSHIP_EVENT, DELETED_MEMBERSHIP_EVENT.ID,
                        DELETED_MEMBERSHIP_EVENT.MEMBER_ID, DELETED_MEMBERSHIP_EVENT.TYPE,
                        DELETED_MEMBERSHIP_EVENT.EVENT_DATE, DELETED_MEMBERSHIP_EVENT.BRANCH_ID,
                        DELETED_MEMBERSHIP_EVENT.DECISION_NUMBER, DELETED_MEMBERSHIP_EVENT.DECISION_DATE,
                        DELETED_MEMBERSHIP_EVENT.ISSUING_BODY, DELETED_MEMBERSHIP_EVENT.OTHER_ORGANISATION,
                        DELETED_MEMBERSHIP_EVENT.OTHER_PROVINCE, DELETED_MEMBERSHIP_EVENT.OTHER_DISTRICT,
                        DELETED_MEMBERSHIP_EVENT.NOTE, DELETED_MEMBERSHIP_EVENT.RECORDED_BY,
                        DELETED_MEMBERSHIP_EVENT.RECORDED_AT, DELETED_MEMBERSHIP_EVENT.DELETED_BY)
                .select(DSL.select(e.ID, e.MEMBER_ID, e.TYPE, e.EVENT_DATE, e.BRANCH_ID, e.DECISION_NUMBER,
                        e.DECISION_DATE, e.ISSUING_BODY, e.OTHER_ORGANISATION, e.OTHER_PROVINCE, e.OTHER_DISTRICT,
                        e.NOTE, e.RECORDED_BY, e.RECORDED_AT, DSL.val(session.user()))
                        .from(e).where(e.ID.eq(eventId)))
                .execute();
        dsl.deleteFrom(e).where(e.ID.eq(eventId)).execute();
        return moved == 1;
    }

    /** Puts the event back into the member's history with its own id; false when it is not in the bin. */
    public boolean restore(long eventId) {
        var d = DELETED_MEMBERSHIP_EVENT;
        var e = MEMBERSHIP_EVENT;
        int moved = dsl.insertInto(e, e.ID, e.MEMBER_ID, e.TYPE, e.EVENT_DATE, e.BRANCH_ID, e.DECISION_NUMBER,
                        e.DECISION_DATE, e.ISSUING_BODY, e.OTHER_ORGANISATION, e.OTHER_PROVINCE, e.OTHER_DISTRICT,
                        e.NOTE, e.RECORDED_BY, e.RECORDED_AT)
                .select(DSL.select(d.ID, d.MEMBER_ID, d.TYPE, d.EVENT_DATE, d.BRANCH_ID, d.DECISION_NUMBER,
                        d.DECISION_DATE, d.ISSUING_BODY, d.OTHER_ORGANISATION, d.OTHER_PROVINCE, d.OTHER_DISTRICT,
                        d.NOTE, d.RECORDED_BY, d.RECORDED_AT).from(d).where(d.ID.eq(eventId)))
                .execute();
        dsl.deleteFrom(d).where(d.ID.eq(eventId)).execute();
        return moved == 1;
    }

    public Optional<DeletedEvent> find(long eventId) {
        return where(DELETED_MEMBERSHIP_EVENT.ID.eq(eventId)).stream().findFirst();
    }

    /** Everything in the bin, most recently deleted first. */
    public List<DeletedEvent> all() {
        return where(DSL.trueCondition());
    }

    private List<DeletedEvent> where(Condition condition) {
        return dsl.select(DELETED_MEMBERSHIP_EVENT.asterisk(), MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME)
                .from(DELETED_MEMBERSHIP_EVENT).join(MEMBER).on(MEMBER.ID.eq(DELETED_MEMBERSHIP_EVENT.MEMBER_ID))
                .where(condition)
                .orderBy(DELETED_MEMBERSHIP_EVENT.DELETED_AT.desc(), DELETED_MEMBERSHIP_EVENT.ID.desc())
                .fetch(RecycleBinRepository::toDeleted);
    }

    private static DeletedEvent toDeleted(Record row) {
        DeletedMembershipEventRecord r = row.into(DELETED_MEMBERSHIP_EVENT);
        MembershipEvent event = new MembershipEvent(r.getId(), MembershipEventType.valueOf(r.getType()),
                r.getEventDate(), r.getBranchId(),
                new Decision(r.getDecisionNumber(), r.getDecisionDate(), r.getIssuingBody()),
                new OtherOrganisation(r.getOtherOrganisation(), r.getOtherProvince(), r.getOtherDistrict()),
                r.getNote(), r.getRecordedBy());
        return new DeletedEvent(r.getMemberId(), new PersonName(row.get(MEMBER.FAMILY_NAME),
                row.get(MEMBER.MIDDLE_NAME), row.get(MEMBER.GIVEN_NAME)), event, r.getDeletedBy(), r.getDeletedAt());
    }
}
