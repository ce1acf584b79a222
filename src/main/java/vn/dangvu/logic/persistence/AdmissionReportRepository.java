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
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;
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
     * The events of the period (by the date index; the type is compared in Java, as string
     * comparisons in SQL go through the Vietnamese collation), then the people. An admission with
     * no branch was held elsewhere; a re-admission with no branch brought the person back into
     * the branch they were in (as Biểu 1 and Biểu 2 count it), found from their history.
     */
    public List<Admission> between(LocalDate from, LocalDate to) {
        List<Record4<Long, String, LocalDate, Long>> events = dsl.select(MEMBERSHIP_EVENT.MEMBER_ID,
                        MEMBERSHIP_EVENT.TYPE, MEMBERSHIP_EVENT.EVENT_DATE, MEMBERSHIP_EVENT.BRANCH_ID)
                .from(MEMBERSHIP_EVENT).where(MEMBERSHIP_EVENT.EVENT_DATE.between(from, to))
                .fetch().stream()
                .filter(r -> ADMISSIONS.contains(r.value2()) && (r.value4() != null || readmission(r)))
                .toList();
        if (events.isEmpty()) {
            return List.of();
        }
        List<Long> ids = events.stream().map(Record4::value1).distinct().toList();
        Map<Long, Member> people = dsl.selectFrom(MEMBER).where(MEMBER.ID.in(ids))
                .fetchMap(MEMBER.ID, MemberRepository::toMember);
        List<Long> withoutBranch = events.stream().filter(e -> e.value4() == null).map(Record4::value1).toList();
        Map<Long, List<MembershipEvent>> histories = withoutBranch.isEmpty() ? Map.of()
                : new MembershipEventRepository(dsl).forMembers(withoutBranch);
        List<Admission> admissions = new ArrayList<>();
        for (Record4<Long, String, LocalDate, Long> e : events) {
            Long branch = e.value4();
            if (branch == null) {
                MembershipState back = MembershipHistory.of(histories.get(e.value1())).stateOn(e.value3());
                branch = back.countsInPartyStrength() ? back.branchId() : null;
            }
            if (branch != null) {
                admissions.add(new Admission(people.get(e.value1()), e.value3(), branch, readmission(e)));
            }
        }
        return admissions;
    }

    private static boolean readmission(Record4<Long, String, LocalDate, Long> event) {
        return MembershipEventType.READMITTED.name().equals(event.value2());
    }
}
