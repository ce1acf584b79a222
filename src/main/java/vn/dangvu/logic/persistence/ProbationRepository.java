package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.PROBATION_STEP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.dangvu.model.probation.ProbationDocument;
import vn.dangvu.model.probation.ProbationDossier;
import vn.dangvu.model.probation.ProbationStep;

/** Hồ sơ xét công nhận chính thức: the documents of each probation. */
public final class ProbationRepository {

    private static final int CHUNK = 1_000;

    private final DSLContext dsl;

    ProbationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ProbationDossier dossier(long memberId, LocalDate admittedOn) {
        return dossiers(Map.of(memberId, admittedOn)).get(memberId);
    }

    /** The dossiers of many probations at once, member id → the ceremony that began it. */
    public Map<Long, ProbationDossier> dossiers(Map<Long, LocalDate> admissions) {
        Map<Long, List<ProbationDocument>> documents = new HashMap<>();
        admissions.keySet().forEach(id -> documents.put(id, new ArrayList<>()));
        for (List<Long> chunk : Chunks.of(admissions.keySet(), CHUNK)) {
            dsl.selectFrom(PROBATION_STEP).where(PROBATION_STEP.MEMBER_ID.in(chunk)).forEach(r -> {
                if (r.getAdmittedOn().equals(admissions.get(r.getMemberId()))) {
                    documents.get(r.getMemberId()).add(new ProbationDocument(ProbationStep.valueOf(r.getStep()),
                            r.getStepDate(), r.getNumber(), r.getNote()));
                }
            });
        }
        Map<Long, ProbationDossier> dossiers = new HashMap<>();
        documents.forEach((id, list) -> dossiers.put(id, new ProbationDossier(id, admissions.get(id), list)));
        return dossiers;
    }

    /** Replaces the documents of one probation by those of the dossier. */
    public void save(ProbationDossier dossier) {
        dsl.deleteFrom(PROBATION_STEP).where(PROBATION_STEP.MEMBER_ID.eq(dossier.memberId()),
                PROBATION_STEP.ADMITTED_ON.eq(dossier.admittedOn())).execute();
        for (ProbationDocument d : dossier.documents()) {
            dsl.insertInto(PROBATION_STEP, PROBATION_STEP.MEMBER_ID, PROBATION_STEP.ADMITTED_ON, PROBATION_STEP.STEP,
                            PROBATION_STEP.STEP_DATE, PROBATION_STEP.NUMBER, PROBATION_STEP.NOTE)
                    .values(dossier.memberId(), dossier.admittedOn(), d.step().name(), d.date(), d.number(), d.note())
                    .execute();
        }
    }
}
