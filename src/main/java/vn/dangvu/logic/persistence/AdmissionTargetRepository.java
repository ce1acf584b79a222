package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.ADMISSION_TARGET;

import java.util.List;
import org.jooq.DSLContext;
import vn.dangvu.model.admission.AdmissionTarget;

/** Chỉ tiêu kết nạp per year, for the committee (branch null) or a branch. */
public final class AdmissionTargetRepository {

    private final DSLContext dsl;

    AdmissionTargetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AdmissionTarget> all() {
        return dsl.selectFrom(ADMISSION_TARGET).orderBy(ADMISSION_TARGET.TARGET_YEAR, ADMISSION_TARGET.BRANCH_ID)
                .fetch(r -> new AdmissionTarget(r.getTargetYear(), r.getBranchId(), r.getTarget()));
    }

    /** Sets (or replaces) the target of a year and scope. */
    public void save(AdmissionTarget target) {
        dsl.deleteFrom(ADMISSION_TARGET).where(ADMISSION_TARGET.TARGET_YEAR.eq(target.year()),
                target.branchId() == null ? ADMISSION_TARGET.BRANCH_ID.isNull()
                        : ADMISSION_TARGET.BRANCH_ID.eq(target.branchId())).execute();
        dsl.insertInto(ADMISSION_TARGET, ADMISSION_TARGET.TARGET_YEAR, ADMISSION_TARGET.BRANCH_ID, ADMISSION_TARGET.TARGET)
                .values(target.year(), target.branchId(), target.target()).execute();
    }
}
