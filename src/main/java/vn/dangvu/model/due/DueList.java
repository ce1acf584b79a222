package vn.dangvu.model.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.admission.AdmissionDeadlines;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;
import vn.dangvu.model.probation.ProbationDocument;
import vn.dangvu.model.probation.ProbationDossier;
import vn.dangvu.model.probation.ProbationStep;

/**
 * Việc cần làm on a day, derived from the data only (DOMAIN.md §5, appendix C). An item is
 * listed from its start until it is resolved, so an overdue item stays on the list, red, for
 * as long as nothing is recorded. A past day's list is the one of that day: what was decided
 * later does not take anything off it.
 */
public final class DueList {

    /** probationEnds is listed from 60 days before the end of the 12 months. */
    public static final int PROBATION_NOTICE_DAYS = 60;
    /** certificateExpires is listed from 60 days before the certificate's last valid day. */
    public static final int CERTIFICATE_NOTICE_DAYS = 60;

    private DueList() {
    }

    /**
     * @param people      people whose history may hold an open probation (others give nothing)
     * @param dossiers    member id → the dossier of the probation open on {@code asOf}, where one was kept
     * @param candidates  candidate dossiers
     * @param branchNames branch id → name
     */
    public static List<DueItem> on(LocalDate asOf, List<RegisterEntry> people, Map<Long, ProbationDossier> dossiers,
                                   List<Candidate> candidates, Map<Long, String> branchNames,
                                   AdmissionDeadlines rules) {
        List<DueItem> items = new ArrayList<>();
        for (RegisterEntry person : people) {
            probationItems(asOf, person, dossiers.get(person.id()), branchNames, rules, items);
        }
        for (Candidate candidate : candidates) {
            candidateItems(asOf, candidate, branchNames, rules, items);
        }
        return sorted(items);
    }

    /** Items in the order the list shows them: by due date, kind, then name. */
    public static List<DueItem> sorted(List<DueItem> items) {
        List<DueItem> all = new ArrayList<>(items);
        Comparator<PersonName> names = NameOrder.comparator();
        all.sort(Comparator.comparing(DueItem::dueDate).thenComparing(DueItem::kind)
                .thenComparing(DueItem::person, names));
        return all;
    }

    /** The members on probation at the end of {@code asOf} among those given, with the ceremony that began it. */
    public static Map<Long, LocalDate> probations(LocalDate asOf, List<RegisterEntry> people) {
        Map<Long, LocalDate> probations = new java.util.HashMap<>();
        for (RegisterEntry person : people) {
            MembershipHistory known = person.history().asKnownOn(asOf);
            if (known.stateOn(asOf).status() == MemberStatus.PROBATIONARY) {
                known.admissionDateOn(asOf).ifPresent(ceremony -> probations.put(person.id(), ceremony));
            }
        }
        return probations;
    }

    private static void probationItems(LocalDate asOf, RegisterEntry person, ProbationDossier dossier,
                                       Map<Long, String> branchNames, AdmissionDeadlines rules, List<DueItem> items) {
        MembershipHistory known = person.history().asKnownOn(asOf);
        MembershipState state = known.stateOn(asOf);
        // Recognised, removed, gone elsewhere or dead by then: the probation was resolved for this committee.
        if (state.status() != MemberStatus.PROBATIONARY) {
            return;
        }
        Optional<LocalDate> ceremony = known.admissionDateOn(asOf);
        if (ceremony.isEmpty()) {
            return;
        }
        String branch = branchNames.getOrDefault(state.branchId(), "");
        LocalDate ends = AdmissionDeadlines.probationEnds(ceremony.get());
        if (!asOf.isBefore(ends.minusDays(PROBATION_NOTICE_DAYS))) {
            items.add(item(DueKind.PROBATION_ENDS, person.name(), branch, ends, asOf, person.id(), null));
        }
        if (!asOf.isBefore(ends)) {
            items.add(counted(DueKind.RECOGNITION_DUE, person.name(), branch, ends, rules.recognitionDue(ends), asOf,
                    rules, person.id(), null));
        }
        branchResolution(dossier, ceremony.get(), asOf).ifPresent(resolution -> items.add(counted(
                DueKind.RECOGNITION_DECISION_DUE, person.name(), branch, resolution,
                rules.recognitionDecisionDue(resolution), asOf, rules, person.id(), null)));
    }

    /** The branch's resolution proposing recognition, when the dossier of this probation records it by the day. */
    private static Optional<LocalDate> branchResolution(ProbationDossier dossier, LocalDate ceremony, LocalDate asOf) {
        if (dossier == null || !dossier.admittedOn().equals(ceremony)) {
            return Optional.empty();
        }
        return dossier.document(ProbationStep.BRANCH_RESOLUTION).map(ProbationDocument::date)
                .filter(day -> !day.isAfter(asOf));
    }

    private static void candidateItems(LocalDate asOf, Candidate candidate, Map<Long, String> branchNames,
                                       AdmissionDeadlines rules, List<DueItem> items) {
        if (!candidate.openOn(asOf)) {
            return;
        }
        PersonName name = candidate.person().name();
        String branch = branchNames.getOrDefault(candidate.branchId(), "");
        Long id = candidate.id();
        Optional<LocalDate> branchResolution = candidate.doneOn(AdmissionStep.BRANCH_RESOLUTION, asOf);
        Optional<LocalDate> decision = candidate.doneOn(AdmissionStep.DECISION, asOf);
        if (branchResolution.isPresent() && decision.isEmpty()) {
            items.add(counted(DueKind.DECISION_DUE, name, branch, branchResolution.get(),
                    rules.decisionDue(branchResolution.get()), asOf, rules, null, id));
        }
        if (decision.isPresent()) {
            items.add(counted(DueKind.CEREMONY_DUE, name, branch, decision.get(), rules.ceremonyDue(decision.get()),
                    asOf, rules, null, id));
        }
        if (branchResolution.isPresent()) {
            return; // the certificate and the introductions were what the branch considered
        }
        candidate.step(AdmissionStep.CLASS_CERTIFICATE).filter(s -> s.doneBy(asOf)).ifPresent(certificate -> {
            LocalDate validUntil = certificateValidUntil(certificate, rules);
            if (!asOf.isBefore(validUntil.minusDays(CERTIFICATE_NOTICE_DAYS))) {
                items.add(item(DueKind.CERTIFICATE_EXPIRES, name, branch, validUntil, asOf, null, id));
            }
        });
        candidate.introductionsAndComments().stream().filter(s -> s.doneBy(asOf))
                .map(CandidateStep::date).min(LocalDate::compareTo)
                .map(AdmissionDeadlines::introductionExpires)
                .filter(asOf::isAfter)
                .ifPresent(expires -> items.add(item(DueKind.INTRODUCTION_EXPIRED, name, branch, expires, asOf,
                        null, id)));
    }

    /** The certificate's printed validity, else the configured number of years from its date. */
    public static LocalDate certificateValidUntil(CandidateStep certificate, AdmissionDeadlines rules) {
        return certificate.validUntil() != null ? certificate.validUntil()
                : rules.certificateValidUntil(certificate.date());
    }

    private static DueItem item(DueKind kind, PersonName person, String branch, LocalDate due, LocalDate asOf,
                                Long memberId, Long candidateId) {
        return new DueItem(kind, person, branch, due, asOf.isAfter(due), memberId, candidateId, null);
    }

    /** An item whose due date was counted in working days from {@code from}: it says when the holiday table falls short. */
    private static DueItem counted(DueKind kind, PersonName person, String branch, LocalDate from, LocalDate due,
                                   LocalDate asOf, AdmissionDeadlines rules, Long memberId, Long candidateId) {
        return new DueItem(kind, person, branch, due, asOf.isAfter(due), memberId, candidateId,
                rules.workingDays().missingHolidays(from, due).orElse(null));
    }
}
