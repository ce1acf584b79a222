package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Record3;
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
     * People whose latest admission has no recognition after it: probation may be open. The
     * events are streamed and compared in Java: with the Vietnamese collation of the database,
     * filtering 260,000 events on their type in SQL took several seconds.
     */
    public List<RegisterEntry> unrecognised() {
        Map<Long, LocalDate[]> latest = new HashMap<>(); // member → {latest admission, latest recognition}
        try (var cursor = dsl.select(MEMBERSHIP_EVENT.MEMBER_ID, MEMBERSHIP_EVENT.TYPE, MEMBERSHIP_EVENT.EVENT_DATE)
                .from(MEMBERSHIP_EVENT).fetchSize(5000).fetchLazy()) {
            for (Record3<Long, String, LocalDate> r : cursor) {
                int slot = ADMISSIONS.contains(r.value2()) ? 0 : RECOGNITION.equals(r.value2()) ? 1 : -1;
                if (slot >= 0) {
                    LocalDate[] dates = latest.computeIfAbsent(r.value1(), id -> new LocalDate[2]);
                    if (dates[slot] == null || r.value3().isAfter(dates[slot])) {
                        dates[slot] = r.value3();
                    }
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        latest.forEach((id, dates) -> {
            if (dates[0] != null && (dates[1] == null || dates[0].isAfter(dates[1]))) {
                ids.add(id);
            }
        });
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
