package vn.dangvu.logic.admission;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dangvu.logic.MemberWrites;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.admission.AdmissionDeadlines;
import vn.dangvu.model.admission.AdmissionDossier;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;
import vn.dangvu.model.admission.DossierStatus;

/**
 * Admission from candidate to official member (DOMAIN.md §5): candidate dossiers, the ceremony
 * that brings the person into the register, recognition and non-recognition after probation.
 * Call from the task runner.
 */
public final class AdmissionService {

    private static final String NOT_RECOGNISED = "Không được công nhận đảng viên chính thức";

    private final Database database;
    private final AdmissionDeadlines deadlines;

    public AdmissionService(Database database, AdmissionDeadlines deadlines) {
        this.database = database;
        this.deadlines = deadlines;
    }

    public AdmissionDeadlines deadlines() {
        return deadlines;
    }

    /** Every dossier, admitted and withdrawn ones included. */
    public List<Candidate> candidates() {
        return database.read(r -> r.candidates().all());
    }

    public Candidate load(long candidateId) {
        return database.read(r -> find(r, candidateId));
    }

    /** People by id with their histories (the introducers of a form), in two queries. */
    public Map<Long, RegisterEntry> people(Collection<Long> ids) {
        return database.read(r -> byId(r.people().of(ids)));
    }

    /**
     * Saves a new or changed dossier. The ceremony is recorded only by {@link #recordCeremony}, and an
     * admitted person's record is kept on the member page, not here.
     */
    public Candidate save(Candidate candidate) {
        return database.write(r -> {
            Branch branch = r.branches().find(candidate.branchId())
                    .orElseThrow(() -> new RecordRejected("branch", "Chi bộ không tồn tại."));
            Candidate toSave = candidate;
            if (candidate.id() == null) {
                if (!branch.activeOn(LocalDate.now())) {
                    throw new RecordRejected("branch", branch.name() + " không còn hoạt động.");
                }
                toSave = withoutCeremony(candidate);
            } else {
                Candidate stored = find(r, candidate.id());
                if (stored.memberId() != null) {
                    throw new RecordRejected(null, candidate.person().name().full()
                            + " đã được kết nạp: sửa hồ sơ trên trang đảng viên.");
                }
                toSave = withoutCeremony(candidate);
            }
            List<String> contradictions = AdmissionDossier.contradictions(toSave);
            if (!contradictions.isEmpty()) {
                throw new RecordRejected(null, String.join(" ", contradictions));
            }
            checkIntroducersExist(r, toSave);
            checkCitizenIdFree(r, toSave);
            RecordLog.saved(r, toSave.formerMemberId(), (toSave.id() == null ? "Thêm" : "Sửa")
                    + " hồ sơ kết nạp: " + toSave.person().name().full() + " (" + branch.name() + ")");
            return toSave.id() == null ? r.candidates().insert(toSave) : r.candidates().update(toSave);
        });
    }

    private static Candidate withoutCeremony(Candidate candidate) {
        Map<AdmissionStep, CandidateStep> steps = new HashMap<>(candidate.steps());
        steps.remove(AdmissionStep.CEREMONY);
        return candidate.withSteps(steps);
    }

    /**
     * Opens a re-admission dossier for a former member (xóa tên, khai trừ, xin ra): the same person
     * record is used again, never a duplicate.
     */
    public Candidate startReadmission(long formerMemberId, long branchId, String workplace) {
        return database.write(r -> {
            Member former = r.members().find(formerMemberId)
                    .orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ."));
            MembershipHistory history = MembershipHistory.of(r.events().forMember(formerMemberId));
            MemberStatus status = history.stateOn(LocalDate.now()).status();
            if (status != MemberStatus.REMOVED && status != MemberStatus.EXPELLED && status != MemberStatus.RESIGNED) {
                throw new RecordRejected(null, former.name().full() + " không phải người đã ra khỏi Đảng ("
                        + status.label().toLowerCase(java.util.Locale.ROOT) + "): chỉ kết nạp lại người đã ra khỏi Đảng.");
            }
            if (history.events().stream().anyMatch(e -> e.type() == MembershipEventType.READMITTED)) {
                throw new RecordRejected(null, former.name().full() + " đã được kết nạp lại một lần; chỉ được kết nạp lại một lần.");
            }
            boolean open = r.candidates().all().stream().anyMatch(c -> Long.valueOf(formerMemberId).equals(c.formerMemberId())
                    && c.memberId() == null && c.withdrawnOn() == null);
            if (open) {
                throw new RecordRejected(null, "Đã có hồ sơ kết nạp lại đang theo dõi cho " + former.name().full() + ".");
            }
            Member person = new Member(null, 0, former.name(), former.sex(), former.birthDate(), former.ethnicity(),
                    former.religion(), new MemberIds(null, former.ids().profileNumber(), former.ids().citizenId()),
                    former.profile());
            Candidate candidate = new Candidate(null, 0, branchId, person, workplace, formerMemberId, null, null, null,
                    Map.of());
            RecordLog.saved(r, formerMemberId, "Mở hồ sơ kết nạp lại: " + former.name().full());
            return r.candidates().insert(candidate);
        });
    }

    /**
     * Records the ceremony: the person enters the register as a probationary member of the branch
     * (kết nạp, or kết nạp lại on the same record), with the admission decision, in one transaction.
     *
     * @return the member's id
     */
    public long recordCeremony(long candidateId, LocalDate on, String recordedBy) {
        return database.write(r -> {
            Candidate candidate = find(r, candidateId);
            String who = candidate.person().name().full();
            if (candidate.memberId() != null) {
                throw new RecordRejected(null, who + " đã được kết nạp.");
            }
            if (candidate.withdrawnOn() != null) {
                throw new RecordRejected(null, "Hồ sơ của " + who + " đã dừng theo dõi từ " + format(candidate.withdrawnOn()) + ".");
            }
            CandidateStep decision = candidate.step(AdmissionStep.DECISION).orElseThrow(() -> new RecordRejected(
                    "ceremony", "Chưa có quyết định kết nạp " + who + ": ghi quyết định trước khi ghi lễ kết nạp."));
            if (on.isBefore(decision.date())) {
                throw new RecordRejected("ceremony", "Lễ kết nạp ngày " + format(on) + " trước quyết định kết nạp ngày "
                        + format(decision.date()) + ".");
            }
            Decision admissionDecision = new Decision(decision.number(), decision.date(), decision.issuingBody());
            Member person = withIntroducers(r, candidate);
            long memberId;
            if (candidate.formerMemberId() == null) {
                MembershipEvent admitted = new MembershipEvent(null, MembershipEventType.ADMITTED, on, candidate.branchId(),
                        admissionDecision, null, null, recordedBy);
                memberId = MemberWrites.insertMember(r, person, List.of(admitted), recordedBy).member().id();
            } else {
                memberId = candidate.formerMemberId();
                Member former = r.members().find(memberId).orElseThrow();
                MemberWrites.saveMember(r, new Member(memberId, former.version(), person.name(), person.sex(),
                        person.birthDate(), person.ethnicity(), person.religion(),
                        new MemberIds(former.ids().cardNumber(), person.ids().profileNumber(), person.ids().citizenId()),
                        person.profile()));
                MembershipEvent readmitted = new MembershipEvent(null, MembershipEventType.READMITTED, on,
                        candidate.branchId(), admissionDecision, null, null, recordedBy);
                MemberWrites.appendEvent(r, memberId, readmitted, recordedBy);
            }
            r.candidates().update(candidate.admitted(on, memberId));
            return memberId;
        });
    }

    /** The person as the register will keep them: "người giới thiệu" filled from the dossier. */
    private static Member withIntroducers(Repositories r, Candidate candidate) {
        Member person = candidate.person();
        if (person.profile().introducers() != null) {
            return person;
        }
        List<String> names = new ArrayList<>();
        candidate.step(AdmissionStep.UNION_INTRODUCTION)
                .ifPresent(s -> names.add(s.issuingBody() != null ? s.issuingBody() : "Đoàn thể giới thiệu"));
        for (AdmissionStep step : List.of(AdmissionStep.FIRST_INTRODUCER, AdmissionStep.SECOND_INTRODUCER)) {
            candidate.step(step).flatMap(s -> r.members().find(s.introducerId()))
                    .ifPresent(m -> names.add(m.name().full()));
        }
        if (names.isEmpty()) {
            return person;
        }
        MemberProfile.Builder profile = person.profile().toBuilder();
        profile.introducers = String.join(", ", names);
        return new Member(person.id(), person.version(), person.name(), person.sex(), person.birthDate(),
                person.ethnicity(), person.religion(), person.ids(), profile.build());
    }

    /** Stops following a dossier (the person withdrew, the branch decided not to propose them...). */
    public Candidate withdraw(long candidateId, LocalDate on, String reason) {
        return database.write(r -> {
            Candidate candidate = find(r, candidateId);
            if (candidate.memberId() != null) {
                throw new RecordRejected(null, candidate.person().name().full() + " đã được kết nạp.");
            }
            if (reason == null || reason.isBlank()) {
                throw new RecordRejected("reason", "Ghi lý do dừng theo dõi hồ sơ.");
            }
            RecordLog.saved(r, candidate.formerMemberId(), "Dừng theo dõi hồ sơ kết nạp "
                    + candidate.person().name().full() + " từ " + format(on) + ": " + reason.strip());
            return r.candidates().update(candidate.withdrawn(on, reason));
        });
    }

    /**
     * Công nhận đảng viên chính thức: official from the exact end of the 12 months, even when the
     * decision comes late (QĐ24 §4.4).
     */
    public MembershipEvent recognise(long memberId, Decision decision, String note, String recordedBy) {
        return database.write(r -> {
            LocalDate ceremony = probationOn(r, memberId, decision.date());
            LocalDate ends = AdmissionDeadlines.probationEnds(ceremony);
            if (decision.date().isBefore(ends)) {
                throw new RecordRejected("decisionDate", "Quyết định ngày " + format(decision.date())
                        + " trước khi hết 12 tháng dự bị (" + format(ends) + "): chưa thể công nhận chính thức.");
            }
            MembershipEvent recognised = new MembershipEvent(null, MembershipEventType.RECOGNIZED_OFFICIAL,
                    AdmissionDeadlines.officialDate(ceremony), null, decision, null, note, recordedBy);
            return MemberWrites.appendEvent(r, memberId, recognised, recordedBy);
        });
    }

    /** A probationary member who does not qualify is removed (xóa tên) on the day of the decision. */
    public MembershipEvent removeNotRecognised(long memberId, Decision decision, String note, String recordedBy) {
        return database.write(r -> {
            probationOn(r, memberId, decision.date());
            MembershipEvent removed = new MembershipEvent(null, MembershipEventType.REMOVED, decision.date(), null,
                    decision, null, note == null || note.isBlank() ? NOT_RECOGNISED : note, recordedBy);
            return MemberWrites.appendEvent(r, memberId, removed, recordedBy);
        });
    }

    /** The ceremony date of the probation open on the day of the decision; refused when there is none. */
    private static LocalDate probationOn(Repositories r, long memberId, LocalDate decided) {
        if (decided == null) {
            throw new RecordRejected("decisionDate", "Nhập ngày quyết định.");
        }
        Member member = r.members().find(memberId).orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ."));
        MembershipHistory history = MembershipHistory.of(r.events().forMember(memberId));
        MemberStatus status = history.stateOn(decided).status();
        if (status != MemberStatus.PROBATIONARY) {
            throw new RecordRejected(null, member.name().full() + " không phải đảng viên dự bị ngày " + format(decided)
                    + " (" + status.label().toLowerCase(java.util.Locale.ROOT) + ").");
        }
        return history.admissionDateOn(decided).orElseThrow();
    }

    /** The checklist of every dossier still followed on the day: what is missing for whom. */
    public List<DossierStatus> checklist(LocalDate asOf) {
        return database.read(r -> {
            List<Candidate> open = r.candidates().all().stream().filter(c -> c.openOn(asOf)).toList();
            Set<Long> introducerIds = new HashSet<>();
            open.forEach(c -> c.steps().values().stream().map(CandidateStep::introducerId)
                    .filter(java.util.Objects::nonNull).forEach(introducerIds::add));
            Map<Long, RegisterEntry> introducers = byId(r.people().of(introducerIds));
            return open.stream().map(c -> new DossierStatus(c, AdmissionDossier.checklist(c, asOf, deadlines,
                    introducers))).toList();
        });
    }

    private static Map<Long, RegisterEntry> byId(List<RegisterEntry> entries) {
        Map<Long, RegisterEntry> map = new HashMap<>();
        entries.forEach(e -> map.put(e.id(), e));
        return map;
    }

    private static Candidate find(Repositories r, long candidateId) {
        return r.candidates().find(candidateId)
                .orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ quần chúng."));
    }

    private static void checkIntroducersExist(Repositories r, Candidate candidate) {
        for (CandidateStep step : candidate.steps().values()) {
            if (step.introducerId() != null && r.members().find(step.introducerId()).isEmpty()) {
                throw new RecordRejected(step.step().name(), step.step().label() + ": không tìm thấy đảng viên.");
            }
        }
    }

    private static void checkCitizenIdFree(Repositories r, Candidate candidate) {
        String citizenId = candidate.person().ids().citizenId();
        Optional<Member> other = r.members().findByCitizenId(citizenId, candidate.formerMemberId());
        other.ifPresent(m -> {
            throw new RecordRejected("citizenId", "Số CCCD " + citizenId + " đã có trong hồ sơ đảng viên "
                    + m.name().full() + " (sinh " + format(m.birthDate()) + "). Nếu là người đã ra khỏi Đảng, hãy dùng \"Kết nạp lại\".");
        });
    }
}
