package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.RESIDENCE_COMMENT;
import static vn.dangvu.logic.persistence.jooq.Tables.RESIDENCE_REGISTRATION;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import vn.dangvu.model.residence.ResidenceRegistration;

/** Members registered at their place of residence (QĐ 213) and the yearly comments on them. */
public final class ResidenceRepository {

    private final DSLContext dsl;

    ResidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Everyone ever registered, with their comments, in two queries. */
    public List<ResidenceRegistration> all() {
        Map<Long, Map<Integer, String>> comments = new HashMap<>();
        dsl.selectFrom(RESIDENCE_COMMENT).forEach(r -> comments.computeIfAbsent(r.getRegistrationId(),
                id -> new HashMap<>()).put(r.getCommentYear(), r.getComment()));
        return dsl.selectFrom(RESIDENCE_REGISTRATION).orderBy(RESIDENCE_REGISTRATION.ID)
                .fetch(r -> new ResidenceRegistration(r.getId(), r.getFullName(), r.getBirthYear(), r.getHomeAddress(),
                        r.getWorkplace(), r.getHomeOrganisation(), r.getBranchId(), r.getRegisteredOn(),
                        r.getEndedOn(), r.getNote(), comments.getOrDefault(r.getId(), Map.of())));
    }

    public long insert(ResidenceRegistration g, String by) {
        return dsl.insertInto(RESIDENCE_REGISTRATION, RESIDENCE_REGISTRATION.FULL_NAME, RESIDENCE_REGISTRATION.BIRTH_YEAR,
                        RESIDENCE_REGISTRATION.HOME_ADDRESS, RESIDENCE_REGISTRATION.WORKPLACE,
                        RESIDENCE_REGISTRATION.HOME_ORGANISATION, RESIDENCE_REGISTRATION.BRANCH_ID,
                        RESIDENCE_REGISTRATION.REGISTERED_ON, RESIDENCE_REGISTRATION.NOTE,
                        RESIDENCE_REGISTRATION.RECORDED_BY)
                .values(g.fullName(), g.birthYear(), g.homeAddress(), g.workplace(), g.homeOrganisation(), g.branchId(),
                        g.registeredOn(), g.note(), by)
                .returning(RESIDENCE_REGISTRATION.ID).fetchOne(RESIDENCE_REGISTRATION.ID);
    }

    public void end(long id, LocalDate on) {
        dsl.update(RESIDENCE_REGISTRATION).set(RESIDENCE_REGISTRATION.ENDED_ON, on)
                .where(RESIDENCE_REGISTRATION.ID.eq(id)).execute();
    }

    /** Sets (or replaces) the comment of a year. */
    public void comment(long id, int year, String comment) {
        dsl.deleteFrom(RESIDENCE_COMMENT).where(RESIDENCE_COMMENT.REGISTRATION_ID.eq(id))
                .and(RESIDENCE_COMMENT.COMMENT_YEAR.eq(year)).execute();
        dsl.insertInto(RESIDENCE_COMMENT, RESIDENCE_COMMENT.REGISTRATION_ID, RESIDENCE_COMMENT.COMMENT_YEAR,
                RESIDENCE_COMMENT.COMMENT).values(id, year, comment).execute();
    }
}
