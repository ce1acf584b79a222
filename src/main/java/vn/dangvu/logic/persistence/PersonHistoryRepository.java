package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.logic.persistence.jooq.tables.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;

/**
 * People with their whole history, loaded for a set of ids in two queries (never one per person),
 * and the ids of those who may be on probation.
 */
public final class PersonHistoryRepository {

    private final DSLContext dsl;

    PersonHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** People whose latest admission has no recognition after it: probation may be open. */
    public List<RegisterEntry> unrecognised() {
        MembershipEvent admission = MEMBERSHIP_EVENT.as("admission");
        MembershipEvent recognition = MEMBERSHIP_EVENT.as("recognition");
        List<Long> ids = dsl.selectDistinct(admission.MEMBER_ID).from(admission)
                .where(admission.TYPE.in(MembershipEventType.ADMITTED.name(), MembershipEventType.READMITTED.name()))
                .andNotExists(DSL.selectOne().from(recognition)
                        .where(recognition.MEMBER_ID.eq(admission.MEMBER_ID),
                                recognition.TYPE.eq(MembershipEventType.RECOGNIZED_OFFICIAL.name()),
                                recognition.EVENT_DATE.gt(admission.EVENT_DATE)))
                .fetch(admission.MEMBER_ID);
        return of(ids);
    }

    public List<RegisterEntry> of(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<vn.dangvu.model.MembershipEvent>> events = new MembershipEventRepository(dsl).forMembers(ids);
        return dsl.select(MEMBER.ID, MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME, MEMBER.SEX,
                        MEMBER.BIRTH_DATE, MEMBER.ETHNICITY, MEMBER.CARD_NUMBER, MEMBER.CITIZEN_ID)
                .from(MEMBER).where(MEMBER.ID.in(ids))
                .fetch(r -> RegisterEntry.of(r.value1(), new PersonName(r.value2(), r.value3(), r.value4()),
                        MemberRepository.sex(r.value5()), r.value6(), r.value7(), r.value8(), r.value9(),
                        MembershipHistory.of(events.getOrDefault(r.value1(), List.of()))));
    }
}
