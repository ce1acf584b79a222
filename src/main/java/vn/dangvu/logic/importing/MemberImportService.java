package vn.dangvu.logic.importing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.importing.ImportPlan.PlannedMember;
import vn.dangvu.logic.persistence.BulkInsert;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.IdBlock;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.logic.persistence.StaleRecordException;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.rating.BranchRating;
import vn.dangvu.model.rating.MemberRating;

/**
 * Member import from the clerk's Excel workbook (DOMAIN.md appendix A), in two steps: a
 * preview that reads the file and compares it with the database without writing anything,
 * then, once the clerk accepts a preview without errors, all of it written in one transaction.
 * Call both from the task runner.
 */
public final class MemberImportService {

    /** Rows written between two looks at the cancel flag's batches. */
    private static final int CHUNK = 500;
    /** Rows between two progress reports. */
    private static final int REPORT_EVERY = 50;

    private final Database database;
    private final Supplier<LocalDate> today;

    public MemberImportService(Database database) {
        this(database, LocalDate::now);
    }

    public MemberImportService(Database database, Supplier<LocalDate> today) {
        this.database = database;
        this.today = today;
    }

    /**
     * Reads the workbook and says what importing it would do, with every problem found.
     *
     * @throws ImportRejected when the file is not a readable workbook (junk, password, empty)
     */
    public ImportPlan preview(Path file) {
        WorkbookData workbook = WorkbookReader.read(file);
        LocalDate day = today.get();
        Problems problems = new Problems();
        Drafts drafts = WorkbookParser.parse(workbook, problems, day);
        List<String> sheetOrder = new ArrayList<>();
        sheetOrder.add(null);
        workbook.sheets().forEach(s -> sheetOrder.add(s.name()));
        return database.read(r -> ImportPlanner.plan(workbook.fileName(), drafts, Existing.load(r, drafts), problems,
                day, sheetOrder));
    }

    /**
     * Writes a previewed import, all or nothing. {@code cancelled} is looked at between rows: when
     * it turns true the transaction is rolled back and {@link ImportCancelled} thrown.
     *
     * @throws ImportRejected when the preview has errors or the data changed since it was made
     */
    public ImportSummary apply(ImportPlan plan, String recordedBy, ImportProgress progress, BooleanSupplier cancelled) {
        if (plan.hasErrors()) {
            throw new ImportRejected("Tệp còn " + NumberFormats.count(plan.errors().size())
                    + " lỗi; hãy sửa trong Excel rồi xem trước lại. Không có gì được nhập.");
        }
        try {
            return database.write(r -> {
                r.importing().waitForOtherImports();
                plan.basis.check(r, plan);
                new Writer(r, plan, recordedBy, progress, cancelled).write();
                RecordLog.saved(r, null, "Nhập từ Excel tệp " + plan.fileName() + ": "
                        + String.join("; ", plan.summary().lines()));
                return plan.summary();
            });
        } catch (StaleRecordException e) {
            throw ImportBasis.changed(e.what() + " vừa được sửa ở nơi khác");
        }
    }

    /** The writes of one import inside its transaction. */
    private static final class Writer {
        private final Repositories r;
        private final ImportPlan plan;
        private final String recordedBy;
        private final ImportProgress progress;
        private final BooleanSupplier cancelled;
        private final BulkInsert bulk;
        private IdBlock branchIds;
        private IdBlock memberIds;
        private IdBlock eventIds;
        private int eventsWritten;
        private int done;

        Writer(Repositories r, ImportPlan plan, String recordedBy, ImportProgress progress, BooleanSupplier cancelled) {
            this.r = r;
            this.plan = plan;
            this.recordedBy = recordedBy;
            this.progress = progress;
            this.cancelled = cancelled;
            this.bulk = r.bulkInsert();
        }

        void write() {
            int total = plan.workSize();
            progress.update(0, total);
            long newMembers = plan.members.stream().filter(PlannedMember::isNew).count();
            long events = plan.members.stream().mapToLong(m -> m.newEvents().size()).sum();
            branchIds = bulk.branchIds(plan.newBranches.size());
            memberIds = bulk.memberIds(Math.toIntExact(newMembers));
            eventIds = bulk.eventIds(Math.toIntExact(events));
            bulk.branches(plan.newBranches.stream().map(b -> new Branch(branchId(b.id()), b.name(), b.kind(),
                    b.foundedOn(), null, null, b.note())).toList());
            plan.changedBranches.forEach(r.branches()::update);
            members();
            memberRatings();
            branchRatings();
            progress.update(total, total);
        }

        private void members() {
            List<Member> inserts = new ArrayList<>();
            List<Member> updates = new ArrayList<>();
            List<Member> extended = new ArrayList<>();
            List<BulkInsert.EventRow> events = new ArrayList<>();
            int inChunk = 0;
            for (PlannedMember planned : plan.members) {
                step();
                long memberId = memberId(planned.member().id());
                if (planned.isNew()) {
                    inserts.add(planned.member().withId(memberId));
                } else if (planned.changed()) {
                    updates.add(planned.member());
                } else {
                    extended.add(planned.member()); // new events only
                }
                for (MembershipEvent event : planned.newEvents()) {
                    MembershipEvent stored = new MembershipEvent(eventIds.get(eventsWritten++), event.type(), event.date(),
                            event.branchId() == null ? null : branchId(event.branchId()), event.decision(),
                            event.otherOrganisation(), event.note(), recordedBy);
                    events.add(new BulkInsert.EventRow(memberId, stored));
                }
                if (++inChunk == CHUNK) {
                    flush(inserts, updates, extended, events);
                    inChunk = 0;
                }
            }
            flush(inserts, updates, extended, events);
        }

        private void flush(List<Member> inserts, List<Member> updates, List<Member> extended,
                           List<BulkInsert.EventRow> events) {
            bulk.members(inserts);
            r.importing().updateMembers(updates);
            r.importing().touch(extended);
            bulk.events(events);
            inserts.clear();
            updates.clear();
            extended.clear();
            events.clear();
        }

        /** Ratings of people new in this import cannot exist yet: inserted, the others replace. */
        private void memberRatings() {
            List<MemberRating> ofNew = new ArrayList<>();
            List<MemberRating> ofExisting = new ArrayList<>();
            for (MemberRating rating : plan.memberRatings) {
                step();
                (rating.memberId() < 0 ? ofNew : ofExisting).add(new MemberRating(memberId(rating.memberId()),
                        rating.year(), rating.grade(), rating.score(), rating.note()));
                if (ofNew.size() + ofExisting.size() == CHUNK) {
                    saveRatings(ofNew, ofExisting);
                }
            }
            saveRatings(ofNew, ofExisting);
        }

        private void saveRatings(List<MemberRating> ofNew, List<MemberRating> ofExisting) {
            r.ratings().insertMemberRatings(ofNew, recordedBy);
            r.ratings().saveMemberRatings(ofExisting, recordedBy);
            ofNew.clear();
            ofExisting.clear();
        }

        private void branchRatings() {
            List<BranchRating> ratings = new ArrayList<>();
            for (BranchRating rating : plan.branchRatings) {
                step();
                ratings.add(new BranchRating(branchId(rating.branchId()), rating.year(), rating.grade(), rating.note()));
            }
            r.ratings().saveBranchRatings(ratings, recordedBy);
        }

        /** Between two rows: stop if cancelled (the exception rolls the transaction back), report progress. */
        private void step() {
            if (cancelled.getAsBoolean()) {
                throw new ImportCancelled();
            }
            if (++done % REPORT_EVERY == 0) {
                progress.update(done, plan.workSize());
            }
        }

        /** Provisional ids (-1, -2, ...) of new rows become the ids reserved for them. */
        private long memberId(long id) {
            return id < 0 ? memberIds.get(Math.toIntExact(-id - 1)) : id;
        }

        private long branchId(long id) {
            return id < 0 ? branchIds.get(Math.toIntExact(-id - 1)) : id;
        }
    }
}
