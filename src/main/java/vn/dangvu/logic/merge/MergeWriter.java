package vn.dangvu.logic.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.persistence.BulkInsert;
import vn.dangvu.logic.persistence.IdBlock;
import vn.dangvu.logic.persistence.IdMap;
import vn.dangvu.logic.persistence.RecordCopier;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.model.merge.BranchAction;
import vn.dangvu.model.merge.BranchDecision;
import vn.dangvu.model.merge.JoinDateMove;
import vn.dangvu.model.merge.JoinedHistory;
import vn.dangvu.model.merge.Side;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.stats.BranchDirectory;

/**
 * Writes one source's merge, all of it, inside the caller's transaction (DOMAIN.md §17): the
 * source's branches (each its own record, a joined one merged into its branch here on the join
 * date), the former unit, its people (new ones with their whole history, people found here with
 * the events that join their timeline), then everything else the source holds with their papers, and one line of
 * the change log. Looks at {@code cancelled} between chunks: the exception it then throws rolls
 * the whole source back.
 */
final class MergeWriter {

    private static final int CHUNK = 500;

    private final Repositories here;
    private final Repositories there;
    private final MergePlan plan;
    /** The source's papers whose bytes are already in this store. */
    private final List<Paper> papers;
    private final String recordedBy;
    private final MergeProgress progress;
    private final BooleanSupplier cancelled;
    private final IdMap members = new IdMap();
    private final IdMap branches = new IdMap();
    private final IdMap events = new IdMap();
    /** Moves between two former units, their events named as on their side until every event has its id here. */
    private final List<JoinedHistory.InternalMove> moves = new ArrayList<>();
    private final Map<Long, RecordCopier.Joined> joined = new HashMap<>();
    private IdBlock memberIds;
    private IdBlock eventIds;
    private int membersUsed;
    private int eventsUsed;
    private long done;
    private long total;

    MergeWriter(Repositories here, Repositories there, MergePlan plan, List<Paper> papers, String recordedBy,
                MergeProgress progress, BooleanSupplier cancelled) {
        this.here = here;
        this.there = there;
        this.plan = plan;
        this.papers = papers;
        this.recordedBy = recordedBy;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** @return the former unit's id */
    long write() {
        if (!here.merge().fingerprint().equals(plan.preview.fingerprint)) {
            throw new MergeRefused("Dữ liệu đã thay đổi từ lúc xem trước. Hãy xem trước lại rồi gộp. Không có gì được ghi.");
        }
        int people = plan.preview.people.size();
        total = people + RecordCopier.rows(there);
        progress.update(0, total);
        BulkInsert bulk = here.bulkInsert();
        // Every id before the first write (in the H2 file a reservation commits). Every source
        // event may come, and each person may need one branch move on the join date.
        IdBlock branchIds = bulk.branchIds(plan.preview.sourceBranchRecords.size());
        memberIds = bulk.memberIds(people - plan.joined.size());
        eventIds = bulk.eventIds(Math.toIntExact(there.merge().eventRows() + people));
        branches(bulk, branchIds);
        long unitId = here.merge().insertUnit(plan.unit(), plan.sourceFile(), recordedBy);
        people(bulk, unitId);
        RecordCopier.copy(there, here, new RecordCopier.Maps(unitId, members, branches, events, joined,
                () -> eventIds.get(eventsUsed++)), this::step);
        here.merge().joinedTransfers(resolvedMoves());
        here.papers().insertAll(papers.stream().filter(p -> members.get(p.memberId()) != null)
                .map(p -> p.movedTo(members.get(p.memberId()))).toList());
        RecordLog.saved(here, null, sentence());
        progress.update(total, total);
        return unitId;
    }

    // ------------------------------------------------------------------ branches

    private void branches(BulkInsert bulk, IdBlock ids) {
        Map<Long, BranchDecision> decisions = new HashMap<>();
        plan.branches().forEach(d -> decisions.put(d.from().id(), d));
        int next = 0;
        for (Branch branch : plan.preview.sourceBranchRecords) {
            branches.put(branch.id(), ids.get(next++));
        }
        List<Branch> rows = new ArrayList<>();
        for (Branch branch : plan.preview.sourceBranchRecords) {
            BranchDecision d = decisions.get(branch.id());
            boolean into = d.action() == BranchAction.INTO;
            Long mergedInto = into ? (d.intoHere() != null ? d.intoHere() : branches.get(d.intoSource()))
                    : branches.get(branch.mergedIntoId());
            rows.add(new Branch(branches.get(branch.id()), d.storedName(), branch.kind(), branch.foundedOn(),
                    into ? plan.unit().joinedOn() : branch.dissolvedOn(), mergedInto, branch.note()));
        }
        bulk.branches(rows);
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (BranchDirectory.FormerName former : there.statistics().formerBranchNames()) {
            here.branches().addFormerName(branches.get(former.branchId()), former.name(), former.validUntil());
            kept.add(former.branchId() + "|" + former.validUntil());
        }
        java.time.LocalDate lastDayBefore = plan.unit().joinedOn().minusDays(1);
        for (BranchDecision d : plan.branches()) {
            if (d.renamedHere() && !kept.contains(d.from().id() + "|" + lastDayBefore)) {
                // Before the join date views and documents show the name it had in its own unit.
                here.branches().addFormerName(branches.get(d.from().id()), d.from().name(), lastDayBefore);
            }
        }
    }

    // ------------------------------------------------------------------ people

    private void people(BulkInsert bulk, long unitId) {
        List<MergePreview.SourcePerson> all = plan.preview.people;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<MergePreview.SourcePerson> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            List<Long> ids = chunk.stream().map(p -> p.key().id()).toList();
            Map<Long, Member> records = there.importing().members(ids);
            Map<Long, List<MembershipEvent>> histories = there.importing().events(ids);
            List<Member> inserts = new ArrayList<>();
            List<Member> updates = new ArrayList<>();
            List<BulkInsert.EventRow> rows = new ArrayList<>();
            for (long sourceId : ids) {
                MergePlan.JoinedPerson person = plan.joined.get(sourceId);
                if (person == null) {
                    newPerson(records.get(sourceId), histories.getOrDefault(sourceId, List.of()), inserts, rows);
                } else {
                    joinedPerson(sourceId, person.joined(), updates, rows);
                }
            }
            bulk.members(inserts);
            here.importing().updateMembers(updates);
            bulk.events(rows);
            step(chunk.size());
        }
        List<Long> brought = new ArrayList<>();
        for (MergePreview.SourcePerson person : all) {
            brought.add(members.get(person.key().id()));
        }
        here.merge().unitMembers(unitId, brought);
    }

    private void newPerson(Member record, List<MembershipEvent> history, List<Member> inserts,
                           List<BulkInsert.EventRow> rows) {
        long id = memberIds.get(membersUsed++);
        members.put(record.id(), id);
        inserts.add(record.withId(id));
        List<MembershipEvent> provisional = MergePlan.provisional(MembershipHistory.of(history).events());
        for (MembershipEvent event : provisional) {
            rows.add(event(id, event));
        }
        JoinDateMove.of(MembershipHistory.of(provisional), plan.unit().joinedOn(), plan.intoOnJoin, joinNote())
                .ifPresent(move -> rows.add(event(id, move)));
    }

    private void joinedPerson(long sourceId, JoinedHistory history, List<Member> updates,
                              List<BulkInsert.EventRow> rows) {
        long id = plan.preview.pairs.get(sourceId).here().id();
        members.put(sourceId, id);
        if (!history.member().equals(plan.preview.pairs.get(sourceId).here())) {
            updates.add(history.member());
        }
        history.recycled().forEach(e -> here.recycleBin().put(e.id()));
        history.added().forEach(e -> rows.add(event(id, e)));
        moves.addAll(history.moves());
        joined.put(sourceId, new RecordCopier.Joined(history.factsFromThere(), history.attendanceThereUntil()));
    }

    /** The event with its id here and its branch here; a source event's id is remembered. */
    private BulkInsert.EventRow event(long memberId, MembershipEvent event) {
        long id = eventIds.get(eventsUsed++);
        if (event.id() != null) {
            events.put(event.id(), id);
        }
        Long branch = event.branchId() == null ? null : event.branchId() < 0 ? branches.get(-event.branchId())
                : event.branchId();
        return new BulkInsert.EventRow(memberId, new MembershipEvent(id, event.type(), event.date(), branch,
                event.decision(), event.otherOrganisation(), event.note(),
                event.recordedBy().isEmpty() ? recordedBy : event.recordedBy()));
    }

    private Map<Long, Long> resolvedMoves() {
        Map<Long, Long> resolved = new HashMap<>();
        for (JoinedHistory.InternalMove m : moves) {
            Long out = m.outSide() == Side.HERE ? Long.valueOf(m.outId()) : events.get(m.outId());
            Long in = m.inSide() == Side.HERE ? Long.valueOf(m.inId()) : events.get(m.inId());
            if (out != null && in != null) {
                resolved.put(out, in);
            }
        }
        return resolved;
    }

    // ------------------------------------------------------------------ plumbing

    private void step(int rows) {
        if (cancelled.getAsBoolean()) {
            throw new MergeCancelled();
        }
        done += rows;
        progress.update(done, total);
    }

    private String joinNote() {
        return "Hợp nhất vào Đảng bộ ngày " + DateFormats.format(plan.unit().joinedOn());
    }

    private String sentence() {
        MergeCounts counts = plan.counts();
        return "Gộp dữ liệu " + plan.unit().name() + " (hợp nhất ngày " + DateFormats.format(plan.unit().joinedOn())
                + ") từ tệp " + plan.sourceFile() + ": " + NumberFormats.count(counts.newPeople()) + " người mới, "
                + NumberFormats.count(counts.joined()) + " người đã có được gộp làm một, "
                + NumberFormats.count(plan.branches().size()) + " chi bộ; " + NumberFormats.count(counts.members())
                + " đảng viên ngày hợp nhất (" + NumberFormats.count(counts.official()) + " chính thức, "
                + NumberFormats.count(counts.probationary()) + " dự bị).";
    }
}
