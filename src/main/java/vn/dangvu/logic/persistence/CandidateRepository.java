package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.CANDIDATE;
import static vn.dangvu.logic.persistence.jooq.Tables.CANDIDATE_STEP;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.dangvu.logic.persistence.jooq.tables.records.CandidateRecord;
import vn.dangvu.logic.persistence.jooq.tables.records.CandidateStepRecord;
import vn.dangvu.logic.persistence.jooq.tables.records.MemberRecord;
import vn.dangvu.model.Member;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;

/** Candidate dossiers and their steps; the person columns are the member table's. */
public final class CandidateRepository {

    /** The member columns a candidate shares: everything about the person. */
    private static final List<Field<?>> PERSON_FIELDS = java.util.Arrays.stream(MEMBER.fields())
            .filter(f -> !f.equals(MEMBER.ID) && !f.equals(MEMBER.VERSION) && !f.equals(MEMBER.CREATED_AT)
                    && !f.equals(MEMBER.UPDATED_AT) && !f.equals(MEMBER.NAME_SORT_KEY))
            .toList();

    private final DSLContext dsl;

    CandidateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every dossier with its steps, in two queries. */
    public List<Candidate> all() {
        return load(DSL.trueCondition());
    }

    public Optional<Candidate> find(long id) {
        return load(CANDIDATE.ID.eq(id)).stream().findFirst();
    }

    private List<Candidate> load(Condition which) {
        Map<Long, List<CandidateStep>> steps = dsl.select(CANDIDATE_STEP.fields()).from(CANDIDATE_STEP)
                .join(CANDIDATE).on(CANDIDATE.ID.eq(CANDIDATE_STEP.CANDIDATE_ID)).where(which)
                .fetchGroups(CANDIDATE_STEP.CANDIDATE_ID, r -> toStep(r.into(CANDIDATE_STEP)));
        return dsl.selectFrom(CANDIDATE).where(which).orderBy(CANDIDATE.ID)
                .fetch(r -> toCandidate(r, steps.getOrDefault(r.getId(), List.of())));
    }

    public Candidate insert(Candidate candidate) {
        CandidateRecord record = dsl.newRecord(CANDIDATE);
        fill(record, candidate);
        record.store();
        Candidate stored = candidate.withId(record.getId());
        replaceSteps(stored);
        return stored;
    }

    /** Saves when nobody changed the dossier since it was read (version check), else refuses. */
    public Candidate update(Candidate candidate) {
        CandidateRecord record = new CandidateRecord();
        fill(record, candidate);
        record.setVersion(candidate.version() + 1);
        record.setUpdatedAt(LocalDateTime.now());
        int updated = dsl.update(CANDIDATE).set(record)
                .where(CANDIDATE.ID.eq(candidate.id()), CANDIDATE.VERSION.eq(candidate.version())).execute();
        if (updated == 0) {
            throw new StaleRecordException("Hồ sơ quần chúng " + candidate.person().name().full());
        }
        replaceSteps(candidate);
        return find(candidate.id()).orElseThrow();
    }

    private void replaceSteps(Candidate candidate) {
        dsl.deleteFrom(CANDIDATE_STEP).where(CANDIDATE_STEP.CANDIDATE_ID.eq(candidate.id())).execute();
        List<CandidateStepRecord> records = candidate.steps().values().stream().map(s -> {
            CandidateStepRecord r = new CandidateStepRecord();
            r.setCandidateId(candidate.id());
            r.setStep(s.step().name());
            r.setStepDate(s.date());
            r.setNumber(s.number());
            r.setIssuingBody(s.issuingBody());
            r.setValidUntil(s.validUntil());
            r.setIntroducerId(s.introducerId());
            r.setNote(s.note());
            return r;
        }).toList();
        dsl.batchInsert(records).execute();
    }

    private static void fill(CandidateRecord record, Candidate candidate) {
        MemberRecord person = MemberRepository.toRecord(candidate.person());
        for (Field<?> field : PERSON_FIELDS) {
            copy(person, record, field);
        }
        record.setBranchId(candidate.branchId());
        record.setWorkplace(candidate.workplace());
        record.setFormerMemberId(candidate.formerMemberId());
        record.setMemberId(candidate.memberId());
        record.setWithdrawnOn(candidate.withdrawnOn());
        record.setWithdrawnReason(candidate.withdrawnReason());
        record.setVersion(candidate.version());
    }

    private static <T> void copy(MemberRecord from, CandidateRecord to, Field<T> field) {
        to.set(CANDIDATE.field(field.getName(), field.getType()), from.get(field));
    }

    private static <T> void copyBack(CandidateRecord from, MemberRecord to, Field<T> field) {
        to.set(field, from.get(CANDIDATE.field(field.getName(), field.getType())));
    }

    private static Candidate toCandidate(CandidateRecord r, List<CandidateStep> steps) {
        MemberRecord person = new MemberRecord();
        for (Field<?> field : PERSON_FIELDS) {
            copyBack(r, person, field);
        }
        person.setVersion(0);
        Member member = MemberRepository.toMember(person);
        Map<AdmissionStep, CandidateStep> byStep = new EnumMap<>(AdmissionStep.class);
        steps.forEach(s -> byStep.put(s.step(), s));
        return new Candidate(r.getId(), r.getVersion(), r.getBranchId(), member, r.getWorkplace(),
                r.getFormerMemberId(), r.getMemberId(), r.getWithdrawnOn(), r.getWithdrawnReason(), byStep);
    }

    private static CandidateStep toStep(CandidateStepRecord r) {
        return new CandidateStep(AdmissionStep.valueOf(r.getStep()), r.getStepDate(), r.getNumber(),
                r.getIssuingBody(), r.getValidUntil(), r.getIntroducerId(), r.getNote());
    }
}
