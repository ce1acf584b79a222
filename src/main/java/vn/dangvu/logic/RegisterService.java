package vn.dangvu.logic;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.history.ChangeKind;

/** The member register: people and the events of their membership. Call from the task runner. */
public final class RegisterService {

    private final Database database;

    public RegisterService(Database database) {
        this.database = database;
    }

    /** Everyone ever in the register, in Vietnamese name order; namesakes oldest first. */
    public List<RegisterEntry> loadRegister() {
        List<RegisterEntry> entries = new ArrayList<>(database.read(r -> r.register().loadAll()));
        // The name ranking is stable: sorting by birth date first orders namesakes by age.
        entries.sort(java.util.Comparator.comparing(RegisterEntry::birthDate));
        int[] rank = NameOrder.ranks(entries, RegisterEntry::name);
        RegisterEntry[] ordered = new RegisterEntry[entries.size()];
        for (int i = 0; i < rank.length; i++) {
            ordered[rank[i]] = entries.get(i);
        }
        return List.of(ordered);
    }

    /**
     * The first {@code size} people the register shows on a day (đảng số, name order), read
     * without loading everyone: the database hands out people in name order, a few at a time,
     * and each history is derived here with the same rules as the whole register. The screen
     * shows this page while {@link #loadRegister} reads the rest.
     */
    public List<RegisterEntry> firstPage(java.time.LocalDate day, int size) {
        List<RegisterEntry> page = new ArrayList<>(size);
        // Half again the page, then twice as many each time: a day when few were in đảng số
        // (long ago) still costs a handful of queries, not one per page.
        int chunk = size + size / 2;
        for (int from = 0; page.size() < size; from += chunk, chunk *= 2) {
            int start = from;
            int count = chunk;
            List<RegisterEntry> next = database.read(r -> r.register().inNameOrder(start, count));
            for (RegisterEntry entry : next) {
                if (page.size() < size && entry.history().stateOn(day).countsInPartyStrength()) {
                    page.add(entry);
                }
            }
            if (next.size() < chunk) {
                break;
            }
        }
        return page;
    }

    public RegisterEntry loadEntry(long memberId) {
        return database.read(r -> r.register().load(memberId)).get(0);
    }

    public MemberFile loadMember(long memberId) {
        return database.read(r -> new MemberFile(
                r.members().find(memberId).orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ.")),
                MembershipHistory.of(r.events().forMember(memberId))));
    }

    /** A new person with the events that bring them into the register, all or nothing. */
    public MemberFile createMember(Member member, List<MembershipEvent> events, String recordedBy) {
        return database.write(r -> insertMember(r, member, events, recordedBy));
    }

    /** {@link #createMember} inside a unit of work that does more (the admission ceremony). */
    static MemberFile insertMember(Repositories r, Member member, List<MembershipEvent> events, String recordedBy) {
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

    /** Saves the person's details; their membership changes only through events. */
    public Member updateMember(Member member) {
        return database.write(r -> saveMember(r, member));
    }

    static Member saveMember(Repositories r, Member member) {
        checkIdentifiersFree(r, member);
        MembershipHistory.of(r.events().forMember(member.id())).validate(member.birthDate());
        Member before = r.members().find(member.id()).orElse(null);
        Member saved = r.members().update(member);
        MemberChangeLog.edited(r, before, saved);
        return saved;
    }

    /** Appends an event if the history still makes sense with it; refused with the reason otherwise. */
    public MembershipEvent recordEvent(long memberId, MembershipEvent event, String recordedBy) {
        return database.write(r -> appendEvent(r, memberId, event, recordedBy));
    }

    /** {@link #recordEvent} inside a unit of work that does more (re-admission, recognition). */
    static MembershipEvent appendEvent(Repositories r, long memberId, MembershipEvent event, String recordedBy) {
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

    static void checkIdentifiersFree(Repositories r, Member member) {
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
    static void checkNotLeftInDissolvedBranch(Repositories r, MembershipHistory history) {
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

    static void checkBranchOpen(Repositories r, MembershipEvent event) {
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
