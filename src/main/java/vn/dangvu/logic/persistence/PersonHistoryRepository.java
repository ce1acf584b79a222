package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;

/**
 * People with their whole history, loaded for a set of ids in two queries (never one per person),
 * and the ids of those who may be on probation.
 */
public final class PersonHistoryRepository {

    private static final java.util.Set<String> ADMISSIONS = java.util.Set.of(MembershipEventType.ADMITTED.name(),
            MembershipEventType.READMITTED.name());
    private static final String RECOGNITION = MembershipEventType.RECOGNIZED_OFFICIAL.name();

    private final DSLContext dsl;

    PersonHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * People whose latest admission on or before the day had no recognition after it known by that
     * day: their probation may have been open then, whatever was recorded later. One aggregate over
     * the index of each person's events (V17 carries type and date, V20 the decision date).
     */
    public List<RegisterEntry> unrecognisedOn(LocalDate day) {
        Field<LocalDate> admitted = DSL.max(DSL.when(MEMBERSHIP_EVENT.TYPE.in(ADMISSIONS), MEMBERSHIP_EVENT.EVENT_DATE));
        // A recognition dated by the day but decided after it was not known yet (MembershipHistory.asKnownOn).
        Field<LocalDate> recognised = DSL.max(DSL.when(MEMBERSHIP_EVENT.TYPE.eq(RECOGNITION)
                .and(MEMBERSHIP_EVENT.DECISION_DATE.isNull().or(MEMBERSHIP_EVENT.DECISION_DATE.le(day))),
                MEMBERSHIP_EVENT.EVENT_DATE));
        List<Long> ids = dsl.select(MEMBERSHIP_EVENT.MEMBER_ID).from(MEMBERSHIP_EVENT)
                .where(MEMBERSHIP_EVENT.TYPE.in(ADMISSIONS).or(MEMBERSHIP_EVENT.TYPE.eq(RECOGNITION)))
                .and(MEMBERSHIP_EVENT.EVENT_DATE.le(day))
                .groupBy(MEMBERSHIP_EVENT.MEMBER_ID)
                .having(admitted.isNotNull().and(recognised.isNull().or(admitted.gt(recognised))))
                .fetch(MEMBERSHIP_EVENT.MEMBER_ID);
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
