package vn.dangvu.logic.branch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangvu.logic.MemberChangeLog;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.PersonName;

/** Chi bộ: created, renamed, re-kinded, dissolved or merged with a date; never deleted. */
public final class BranchService {

    private final Database database;

    public BranchService(Database database) {
        this.database = database;
    }

    public List<Branch> all() {
        return database.read(r -> r.branches().all());
    }

    public Branch create(String name, BranchKind kind, LocalDate foundedOn) {
        return database.write(r -> {
            checkNameFree(r, name, null);
            Branch created = r.branches().insert(Branch.create(name, kind, foundedOn));
            RecordLog.saved(r, null, "Thêm chi bộ: " + created.name());
            return created;
        });
    }

    /** The old name stays valid up to the day before {@code from}, so past documents keep it. */
    public Branch rename(long branchId, String newName, LocalDate from) {
        return database.write(r -> {
            Branch branch = find(r, branchId);
            checkNameFree(r, newName, branchId);
            Branch renamed = branch.withName(newName);
            if (renamed.name().equals(branch.name())) {
                return branch;
            }
            LocalDate lastDayOfOldName = from.minusDays(1);
            java.util.Optional<LocalDate> previous = r.branches().lastRenameUntil(branchId);
            if (previous.isPresent() && previous.get().isAfter(lastDayOfOldName)) {
                throw new RecordRejected("date", "Ngày đổi tên " + DateFormats.format(from)
                        + " phải sau lần đổi tên trước (từ " + DateFormats.format(previous.get().plusDays(1)) + ").");
            }
            if (previous.isEmpty() || !previous.get().equals(lastDayOfOldName)) {
                r.branches().addFormerName(branchId, branch.name(), lastDayOfOldName);
            } // else: correcting the new name given on the same day; the name before it stays recorded
            r.branches().update(renamed);
            RecordLog.saved(r, null, "Đổi tên " + branch.name() + " thành " + renamed.name() + " từ "
                    + DateFormats.format(from));
            return renamed;
        });
    }

    public Branch changeKind(long branchId, BranchKind kind) {
        return database.write(r -> {
            Branch changed = find(r, branchId).withKind(kind);
            r.branches().update(changed);
            RecordLog.saved(r, null, "Đổi loại " + changed.name() + ": " + kind.label());
            return changed;
        });
    }

    /** Dissolves a branch that no longer has anyone in it on that day. */
    public Branch dissolve(long branchId, LocalDate on) {
        return database.write(r -> {
            Branch branch = openBranch(r, branchId, on);
            int remaining = peopleIn(r, branchId, on).size();
            if (remaining > 0) {
                throw new RecordRejected("branch", branch.name() + " còn " + remaining
                        + " người sinh hoạt ngày " + DateFormats.format(on)
                        + ". Hãy chuyển họ sang chi bộ khác hoặc dùng \"Sáp nhập\".");
            }
            Branch dissolved = branch.dissolved(on, null);
            r.branches().update(dissolved);
            RecordLog.saved(r, null, "Giải thể " + branch.name() + " ngày " + DateFormats.format(on));
            return dissolved;
        });
    }

    /** Merges a branch into another: its people move with a dated branch-move event, in one transaction. */
    public int merge(long branchId, long intoId, LocalDate on, String recordedBy) {
        if (branchId == intoId) {
            throw new RecordRejected("branch", "Không thể sáp nhập chi bộ vào chính nó.");
        }
        return database.write(r -> {
            Branch branch = openBranch(r, branchId, on);
            Branch into = openBranch(r, intoId, on);
            List<Long> moving = peopleIn(r, branchId, on);
            for (Long memberId : moving) {
                MembershipEvent move = new MembershipEvent(null, MembershipEventType.BRANCH_MOVED, on, intoId, null,
                        null, "Sáp nhập " + branch.name() + " vào " + into.name(), recordedBy);
                MemberChangeLog.moved(r, memberId, r.events().insert(memberId, move), branch.name(), into.name());
            }
            r.branches().update(branch.dissolved(on, intoId));
            RecordLog.saved(r, null, "Sáp nhập " + branch.name() + " vào " + into.name() + " ngày "
                    + DateFormats.format(on) + ": " + moving.size() + " người chuyển sang");
            return moving.size();
        });
    }

    private static Branch find(Repositories r, long branchId) {
        return r.branches().find(branchId).orElseThrow(() -> new RecordRejected("branch", "Chi bộ không tồn tại."));
    }

    private static Branch openBranch(Repositories r, long branchId, LocalDate on) {
        Branch branch = find(r, branchId);
        if (!branch.activeOn(on)) {
            throw new RecordRejected("branch", branch.name() + " không hoạt động ngày " + DateFormats.format(on) + ".");
        }
        return branch;
    }

    /** Members and hosted people whose branch is this one at the end of the day. */
    private static List<Long> peopleIn(Repositories r, long branchId, LocalDate on) {
        List<Long> candidates = r.events().membersNamingBranch(branchId);
        Map<Long, List<MembershipEvent>> histories = r.events().forMembers(candidates);
        return candidates.stream().filter(id -> {
            MembershipState state = MembershipHistory.of(histories.get(id)).stateOn(on);
            return Long.valueOf(branchId).equals(state.branchId())
                    && (state.countsInPartyStrength() || state.status() == MemberStatus.HOSTED);
        }).toList();
    }

    private static void checkNameFree(Repositories r, String name, Long exceptId) {
        String cleaned = PersonName.clean(name);
        boolean taken = r.branches().all().stream()
                .anyMatch(b -> b.name().equalsIgnoreCase(cleaned) && !b.id().equals(exceptId));
        if (taken) {
            throw new RecordRejected("name", "Đã có chi bộ tên \"" + cleaned + "\".");
        }
    }
}
