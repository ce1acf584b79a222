package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.PROBATION_STEP;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import vn.dangvu.model.ProbationDocument;
import vn.dangvu.model.ProbationDossier;
import vn.dangvu.model.ProbationStep;

/** Hồ sơ xét công nhận chính thức: the documents of each probation. */
public final class ProbationRepository {

    private final DSLContext dsl;

    ProbationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ProbationDossier dossier(long memberId, LocalDate admittedOn) {
        return new ProbationDossier(memberId, admittedOn, dsl.selectFrom(PROBATION_STEP)
                .where(PROBATION_STEP.MEMBER_ID.eq(memberId), PROBATION_STEP.ADMITTED_ON.eq(admittedOn))
                .fetch(r -> new ProbationDocument(ProbationStep.valueOf(r.getStep()), r.getStepDate(), r.getNumber(),
                        r.getNote())));
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
