package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.DISCIPLINE;

import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.dangvu.model.Decision;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;

/** Disciplinary decisions (kỷ luật) as recorded; their effect is derived in the model. */
public final class DisciplineRepository {

    private final DSLContext dsl;

    DisciplineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a decision and returns it with its id. */
    public Discipline insert(Discipline discipline, String recordedBy) {
        Decision decision = discipline.decision();
        long id = dsl.insertInto(DISCIPLINE, DISCIPLINE.MEMBER_ID, DISCIPLINE.FORM, DISCIPLINE.ANNOUNCED_ON,
                        DISCIPLINE.DECISION_NUMBER, DISCIPLINE.DECISION_DATE, DISCIPLINE.ISSUING_BODY, DISCIPLINE.REASON,
                        DISCIPLINE.RECORDED_BY)
                .values(discipline.memberId(), discipline.form().name(), discipline.announcedOn(), decision.number(),
                        decision.date(), decision.issuingBody(), discipline.reason(), recordedBy)
                .returning(DISCIPLINE.ID).fetchOne(DISCIPLINE.ID);
        return new Discipline(id, discipline.memberId(), discipline.form(), discipline.announcedOn(), decision,
                discipline.reason());
    }

    public List<Discipline> forMember(long memberId) {
        return dsl.select().from(DISCIPLINE).where(DISCIPLINE.MEMBER_ID.eq(memberId))
                .orderBy(DISCIPLINE.ANNOUNCED_ON, DISCIPLINE.ID).fetch(DisciplineRepository::toDiscipline);
    }

    /** Every decision announced in a calendar year, for ratings and badges of the whole committee. */
    public List<Discipline> announcedIn(int year) {
        return dsl.select().from(DISCIPLINE)
                .where(DISCIPLINE.ANNOUNCED_ON.between(LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31)))
                .orderBy(DISCIPLINE.MEMBER_ID, DISCIPLINE.ANNOUNCED_ON).fetch(DisciplineRepository::toDiscipline);
    }

    /** Every decision, for rules that look back over several years (badge waiting periods). */
    public List<Discipline> all() {
        return dsl.select().from(DISCIPLINE).orderBy(DISCIPLINE.MEMBER_ID, DISCIPLINE.ANNOUNCED_ON)
                .fetch(DisciplineRepository::toDiscipline);
    }

    private static Discipline toDiscipline(Record r) {
        return new Discipline(r.get(DISCIPLINE.ID), r.get(DISCIPLINE.MEMBER_ID),
                DisciplineForm.valueOf(r.get(DISCIPLINE.FORM)), r.get(DISCIPLINE.ANNOUNCED_ON),
                new Decision(r.get(DISCIPLINE.DECISION_NUMBER), r.get(DISCIPLINE.DECISION_DATE),
                        r.get(DISCIPLINE.ISSUING_BODY)), r.get(DISCIPLINE.REASON));
    }
}
