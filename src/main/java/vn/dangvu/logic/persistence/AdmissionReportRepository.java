package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBERSHIP_EVENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record4;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.admission.Admission;

/** The admission ceremonies held in the committee in a period, with the people admitted. */
public final class AdmissionReportRepository {

    private static final Set<String> ADMISSIONS = Set.of(MembershipEventType.ADMITTED.name(),
            MembershipEventType.READMITTED.name());

    private final DSLContext dsl;

    AdmissionReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Two queries: the events of the period (by the date index; the type is compared in Java, as
     * string comparisons in SQL go through the Vietnamese collation), then the people.
     */
    public List<Admission> between(LocalDate from, LocalDate to) {
        List<Record4<Long, String, LocalDate, Long>> events = dsl.select(MEMBERSHIP_EVENT.MEMBER_ID,
                        MEMBERSHIP_EVENT.TYPE, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.BRANCH_ID)
                .from(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.EVENT_DATE.between(from, to))
                .fetch().stream()
                .filter(r -> ADMISSIONS.contains(r.value2()) && r.value4() != null) // admitted elsewhere: not ours
                .toList();
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, Member> people = dsl.selectFrom(MEMBER)
                .where(MEMBER.ID.in(events.stream().map(Record4::value1).distinct().toList()))
                .fetchMap(MEMBER.ID, MemberRepository::toMember);
        List<Admission> admissions = new ArrayList<>();
        for (Record4<Long, String, LocalDate, Long> e : events) {
            admissions.add(new Admission(people.get(e.value1()), e.value3(), e.value4(),
                    MembershipEventType.READMITTED.name().equals(e.value2())));
        }
        return admissions;
    }
}
