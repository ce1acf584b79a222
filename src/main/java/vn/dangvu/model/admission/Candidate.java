package vn.dangvu.model.admission;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;

/**
 * Quần chúng ưu tú / đối tượng Đảng: a person on the way to admission in a branch. The person
 * is kept with the member's own fields so that the ceremony carries everything over.
 *
 * @param person         who they are (id null: not yet in the register)
 * @param workplace      nơi làm việc (the residence is in the person's addresses)
 * @param formerMemberId for a re-admission: the former member's record, which is reused
 * @param memberId       the member record created (or reused) by the ceremony
 * @param withdrawnOn    the day the dossier was stopped (no longer pursued), with the reason
 */
public record Candidate(Long id, int version, long branchId, Member person, String workplace, Long formerMemberId,
                        Long memberId, LocalDate withdrawnOn, String withdrawnReason,
                        Map<AdmissionStep, CandidateStep> steps) {

    public Candidate {
        Objects.requireNonNull(person, "person");
        workplace = Decision.blankToNull(workplace);
        withdrawnReason = Decision.blankToNull(withdrawnReason);
        EnumMap<AdmissionStep, CandidateStep> copy = new EnumMap<>(AdmissionStep.class);
        if (steps != null) {
            steps.forEach((step, recorded) -> {
                if (recorded.step() != step) {
                    throw new IllegalArgumentException("Bước " + step.label() + " ghi nhầm thành " + recorded.step().label());
                }
                copy.put(step, recorded);
            });
        }
        steps = Collections.unmodifiableMap(copy);
    }

    public static Candidate create(long branchId, Member person, String workplace) {
        return new Candidate(null, 0, branchId, person, workplace, null, null, null, null, Map.of());
    }

    public Optional<CandidateStep> step(AdmissionStep step) {
        return Optional.ofNullable(steps.get(step));
    }

    /** The date of a step when it was done on or before the day. */
    public Optional<LocalDate> doneOn(AdmissionStep step, LocalDate day) {
        return step(step).filter(s -> s.doneBy(day)).map(CandidateStep::date);
    }

    public boolean readmission() {
        return formerMemberId != null;
    }

    /** Still followed on that day: not yet admitted and not withdrawn. */
    public boolean openOn(LocalDate day) {
        return doneOn(AdmissionStep.CEREMONY, day).isEmpty() && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }

    /** The introductions and comments (in step order): each is redone when older than 12 months. */
    public List<CandidateStep> introductionsAndComments() {
        return steps.values().stream().filter(s -> s.step().redoneAfterTwelveMonths()).toList();
    }

    public Candidate withId(long newId) {
        return new Candidate(newId, version, branchId, person, workplace, formerMemberId, memberId, withdrawnOn,
                withdrawnReason, steps);
    }

    /** The dossier after the ceremony: the step recorded and the member record it created or reused. */
    public Candidate admitted(LocalDate ceremony, long member) {
        return new Candidate(id, version, branchId, person, workplace, formerMemberId, member, withdrawnOn,
                withdrawnReason, steps).withStep(CandidateStep.on(AdmissionStep.CEREMONY, ceremony));
    }

    public Candidate withdrawn(LocalDate on, String reason) {
        return new Candidate(id, version, branchId, person, workplace, formerMemberId, memberId, on, reason, steps);
    }

    public Candidate withSteps(Map<AdmissionStep, CandidateStep> newSteps) {
        return new Candidate(id, version, branchId, person, workplace, formerMemberId, memberId, withdrawnOn,
                withdrawnReason, newSteps);
    }

    public Candidate withStep(CandidateStep step) {
        EnumMap<AdmissionStep, CandidateStep> all = new EnumMap<>(AdmissionStep.class);
        all.putAll(steps);
        all.put(step.step(), step);
        return withSteps(all);
    }
}
