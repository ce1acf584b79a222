package vn.dangvu.logic;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.history.ChangeKind;

/**
 * The register's writes inside a unit of work: every feature that adds a person, changes one or
 * appends an event (admission, transfer, discipline, undo) goes through these checks and logs.
 */
public final class MemberWrites {

    private MemberWrites() {
    }

    /** {@link vn.dangvu.logic.register.RegisterService#createMember} inside a unit of work that does more (the admission ceremony). */
    public static MemberFile insertMember(Repositories r, Member member, List<MembershipEvent> events, String recordedBy) {
        if (events.isEmpty()) {
            throw new RecordRejected("admission", "Hồ sơ mới phải có ngày vào Đảng (hoặc ngày chuyển đến).");
        }
        MembershipHistory history = MembershipHistory.empty();
        for (MembershipEvent event : events) {
            history = history.append(event, member.birthDate());
        }
        checkIdentifiersFree(r, member);
        for (MembershipEvent event : events) {
            checkBranchOpen(r, event);
        }
        checkNotLeftInDissolvedBranch(r, history);
        Member stored = r.members().insert(member);
        List<MembershipEvent> storedEvents = new ArrayList<>();
        for (MembershipEvent event : events) {
            storedEvents.add(r.events().insert(stored.id(), event.recordedBy(recordedBy)));
        }
        MembershipHistory storedHistory = MembershipHistory.of(storedEvents);
        MemberChangeLog.created(r, stored, storedHistory);
        return new MemberFile(stored, storedHistory);
    }
    public static Member saveMember(Repositories r, Member member) {
        checkIdentifiersFree(r, member);
        MembershipHistory.of(r.events().forMember(member.id())).validate(member.birthDate());
        Member before = r.members().find(member.id()).orElse(null);
        Member saved = r.members().update(member);
        MemberChangeLog.edited(r, before, saved);
        return saved;
    }
    /** {@link vn.dangvu.logic.register.RegisterService#recordEvent} inside a unit of work that does more (re-admission, recognition). */
    public static MembershipEvent appendEvent(Repositories r, long memberId, MembershipEvent event, String recordedBy) {
        Member member = r.members().find(memberId)
                .orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ."));
        MembershipHistory previous = MembershipHistory.of(r.events().forMember(memberId));
        MembershipHistory history = previous.append(event, member.birthDate());
        checkBranchOpen(r, event);
        checkNotLeftInDissolvedBranch(r, history);
        MembershipEvent stored = r.events().insert(memberId, event.recordedBy(recordedBy));
        MemberChangeLog.event(r, ChangeKind.EVENT_RECORDED, memberId, previous, stored);
        return stored;
    }
    public static void checkIdentifiersFree(Repositories r, Member member) {
        r.members().findByCardNumber(member.ids().cardNumber(), member.id()).ifPresent(other -> {
            throw new RecordRejected("cardNumber", "Số thẻ đảng viên " + member.ids().cardNumber()
                    + " đã có trong hồ sơ " + describe(other) + ".");
        });
        r.members().findByCitizenId(member.ids().citizenId(), member.id()).ifPresent(other -> {
            throw new RecordRejected("citizenId", "Số CCCD " + member.ids().citizenId()
                    + " đã có trong hồ sơ " + describe(other) + ".");
        });
    }
    private static String describe(Member member) {
        return member.name().full() + " (sinh " + DateFormats.format(member.birthDate()) + ")";
    }
    /** A back-dated event must not leave someone in a branch that has since been dissolved. */
    public static void checkNotLeftInDissolvedBranch(Repositories r, MembershipHistory history) {
        history.events().stream().map(MembershipEvent::branchId).filter(java.util.Objects::nonNull).distinct()
                .map(id -> r.branches().find(id).orElseThrow())
                .filter(branch -> branch.dissolvedOn() != null)
                .forEach(branch -> {
                    var state = history.stateOn(branch.dissolvedOn());
                    boolean stillThere = branch.id().equals(state.branchId())
                            && (state.countsInPartyStrength() || state.status() == vn.dangvu.model.MemberStatus.HOSTED);
                    if (stillThere) {
                        throw new RecordRejected("branch", branch.name() + " đã giải thể ngày "
                                + DateFormats.format(branch.dissolvedOn())
                                + "; hãy ghi việc chuyển chi bộ trước ngày đó để người này không còn ở chi bộ đã giải thể.");
                    }
                });
    }
    public static void checkBranchOpen(Repositories r, MembershipEvent event) {
        if (event.branchId() == null) {
            return;
        }
        Branch branch = r.branches().find(event.branchId())
                .orElseThrow(() -> new RecordRejected("branch", "Chi bộ không tồn tại."));
        if (!branch.activeOn(event.date())) {
            throw new RecordRejected("branch", branch.name() + " không hoạt động ngày "
                    + DateFormats.format(event.date()) + (branch.dissolvedOn() != null
                    ? " (giải thể từ " + DateFormats.format(branch.dissolvedOn()) + ")." : " (chưa thành lập)."));
        }
    }
}
