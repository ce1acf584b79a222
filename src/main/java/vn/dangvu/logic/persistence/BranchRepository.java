package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH;
import static vn.dangvu.logic.persistence.jooq.Tables.BRANCH_FORMER_NAME;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.dangvu.logic.persistence.jooq.tables.records.BranchRecord;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.NameOrder;

/** Chi bộ rows and their former names. */
public final class BranchRepository {

    private final DSLContext dsl;

    BranchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every branch, dissolved ones included, in Vietnamese name order. */
    public List<Branch> all() {
        // Sorted here: the database compares strings by code point (decision 0011).
        List<Branch> branches = new ArrayList<>(dsl.selectFrom(BRANCH).fetch(BranchRepository::toBranch));
        branches.sort(Comparator.comparing(Branch::name, NameOrder.textOrder()));
        return branches;
    }

    public Optional<Branch> find(long id) {
        return dsl.selectFrom(BRANCH).where(BRANCH.ID.eq(id)).fetchOptional(BranchRepository::toBranch);
    }

    public Branch insert(Branch branch) {
        BranchRecord record = dsl.newRecord(BRANCH);
        fill(record, branch);
        record.store();
        return toBranch(record);
    }

    public void update(Branch branch) {
        BranchRecord record = dsl.fetchSingle(BRANCH, BRANCH.ID.eq(branch.id()));
        fill(record, branch);
        record.store();
    }

    /** Remembers that the branch was called NAME up to and including the day. */
    public void addFormerName(long branchId, String name, LocalDate validUntil) {
        dsl.insertInto(BRANCH_FORMER_NAME, BRANCH_FORMER_NAME.BRANCH_ID, BRANCH_FORMER_NAME.NAME,
                        BRANCH_FORMER_NAME.VALID_UNTIL)
                .values(branchId, name, validUntil).execute();
    }

    /** The last day of the branch's most recent former name, if it was ever renamed. */
    public Optional<LocalDate> lastRenameUntil(long branchId) {
        return dsl.select(org.jooq.impl.DSL.max(BRANCH_FORMER_NAME.VALID_UNTIL)).from(BRANCH_FORMER_NAME)
                .where(BRANCH_FORMER_NAME.BRANCH_ID.eq(branchId)).fetchOptional(0, LocalDate.class);
    }

    /** The name the branch had on a day. */
    public String nameOn(long branchId, LocalDate date) {
        return dsl.select(BRANCH_FORMER_NAME.NAME).from(BRANCH_FORMER_NAME)
                .where(BRANCH_FORMER_NAME.BRANCH_ID.eq(branchId), BRANCH_FORMER_NAME.VALID_UNTIL.ge(date))
                .orderBy(BRANCH_FORMER_NAME.VALID_UNTIL).limit(1)
                .fetchOptional(BRANCH_FORMER_NAME.NAME)
                .orElseGet(() -> dsl.select(BRANCH.NAME).from(BRANCH).where(BRANCH.ID.eq(branchId)).fetchSingle(BRANCH.NAME));
    }

    /** The name of every branch on a day, in two queries (branches, former names). */
    public Map<Long, String> namesOn(LocalDate date) {
        Map<Long, String> names = new HashMap<>();
        dsl.select(BRANCH.ID, BRANCH.NAME).from(BRANCH).forEach(r -> names.put(r.value1(), r.value2()));
        // The earliest former name still valid on the day is the one the branch had then.
        dsl.select(BRANCH_FORMER_NAME.BRANCH_ID, BRANCH_FORMER_NAME.NAME).from(BRANCH_FORMER_NAME)
                .where(BRANCH_FORMER_NAME.VALID_UNTIL.ge(date))
                .orderBy(BRANCH_FORMER_NAME.VALID_UNTIL.desc())
                .forEach(r -> names.put(r.value1(), r.value2()));
        return names;
    }

    private static void fill(BranchRecord record, Branch branch) {
        record.setName(branch.name());
        record.setKind(branch.kind().name());
        record.setFoundedOn(branch.foundedOn());
        record.setDissolvedOn(branch.dissolvedOn());
        record.setMergedIntoId(branch.mergedIntoId());
        record.setNote(branch.note());
    }

    private static Branch toBranch(BranchRecord r) {
        return new Branch(r.getId(), r.getName(), BranchKind.valueOf(r.getKind()), r.getFoundedOn(),
                r.getDissolvedOn(), r.getMergedIntoId(), r.getNote());
    }
}
