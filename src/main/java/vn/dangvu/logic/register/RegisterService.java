package vn.dangvu.logic.register;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.MemberWrites;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.RegisterEntry;

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
        return database.write(r -> MemberWrites.insertMember(r, member, events, recordedBy));
    }

    /** Saves the person's details; their membership changes only through events. */
    public Member updateMember(Member member) {
        return database.write(r -> MemberWrites.saveMember(r, member));
    }

    /** Appends an event if the history still makes sense with it; refused with the reason otherwise. */
    public MembershipEvent recordEvent(long memberId, MembershipEvent event, String recordedBy) {
        return database.write(r -> MemberWrites.appendEvent(r, memberId, event, recordedBy));
    }
}
