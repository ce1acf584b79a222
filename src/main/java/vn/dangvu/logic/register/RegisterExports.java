package vn.dangvu.logic.register;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.logic.OutputLog;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Committee;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.RegisterEntry;

/** The member lists as Excel documents. Call from the task runner: it reads the database and writes files. */
public final class RegisterExports {

    private final Database database;
    private final Clock clock;

    public RegisterExports(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    /** @param clock gives the day on the documents' date line */
    public RegisterExports(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Danh sách đảng viên: the lines as the register shows them. Returns how many were written. */
    public int writeMemberList(MemberList list, Path file) {
        LocalDate made = LocalDate.now(clock);
        Committee committee = database.read(r -> committee(r, made));
        try (OfficialWorkbook book = new OfficialWorkbook(committee, made)) {
            MemberListSheet.write(book, list);
            book.save(file);
        }
        OutputLog.exported(database, "Danh sách đảng viên (" + list.rows().size() + " người)", file);
        return list.rows().size();
    }

    /**
     * Sổ danh sách đảng viên (Mẫu 7-HSĐV) of the members in đảng số at the end of {@code day},
     * branch by branch in name order, members in Vietnamese name order. Returns how many were written.
     */
    public int writeMemberBook(LocalDate day, Path file) {
        LocalDate made = LocalDate.now(clock);
        MemberBook book = database.read(r -> loadMemberBook(r, day, made));
        try (OfficialWorkbook workbook = new OfficialWorkbook(book.committee(), made)) {
            MemberBookSheet.write(workbook, day, book.lines(), book.branchNames());
            workbook.save(file);
        }
        OutputLog.exported(database, "Sổ danh sách đảng viên đến ngày " + vn.dangvu.model.DateFormats.format(day)
                + " (" + book.lines().size() + " người)", file);
        return book.lines().size();
    }

    private record MemberBook(Committee committee, List<MemberBookSheet.Line> lines, Map<Long, String> branchNames) {
    }

    /**
     * Two queries for everyone's events and identity (the register load), one for the full
     * records, whatever the number of members: never one query per member.
     */
    private static MemberBook loadMemberBook(Repositories r, LocalDate day, LocalDate made) {
        Committee committee = committee(r, made);
        Map<Long, String> branchNames = r.branches().namesOn(day);
        Map<Long, MembershipHistory> inStrength = new HashMap<>();
        for (RegisterEntry entry : r.register().loadAll()) {
            if (entry.history().stateOn(day).countsInPartyStrength()) {
                inStrength.put(entry.id(), entry.history());
            }
        }
        List<MemberBookSheet.Line> lines = new ArrayList<>(inStrength.size());
        r.members().forEachMember(member -> {
            MembershipHistory history = inStrength.get(member.id());
            if (history != null) {
                lines.add(MemberBookSheet.line(member, history, day));
            }
        });
        return new MemberBook(committee, ordered(lines, branchNames), branchNames);
    }

    /** Branch by branch (by the branch's name on the day), then Vietnamese name order. */
    private static List<MemberBookSheet.Line> ordered(List<MemberBookSheet.Line> lines, Map<Long, String> branchNames) {
        int[] nameRank = NameOrder.ranks(lines, MemberBookSheet.Line::name);
        Collator collator = NameOrder.collator();
        List<Long> branches = new ArrayList<>(branchNames.keySet());
        branches.sort(Comparator.comparing(branchNames::get, collator));
        Map<Long, Integer> branchRank = new HashMap<>();
        for (int i = 0; i < branches.size(); i++) {
            branchRank.put(branches.get(i), i);
        }
        // One long key per line (branch rank, then name rank) sorted as primitives: no boxing per comparison.
        long[] keys = new long[lines.size()];
        for (int i = 0; i < keys.length; i++) {
            long branch = branchRank.getOrDefault(lines.get(i).branchId(), Integer.MAX_VALUE);
            keys[i] = (branch << 32) | nameRank[i];
        }
        Arrays.sort(keys);
        MemberBookSheet.Line[] byRank = new MemberBookSheet.Line[lines.size()];
        for (int i = 0; i < byRank.length; i++) {
            byRank[nameRank[i]] = lines.get(i);
        }
        List<MemberBookSheet.Line> sorted = new ArrayList<>(lines.size());
        for (long key : keys) {
            sorted.add(byRank[(int) key]);
        }
        return sorted;
    }

    /** As named on the document's date; null before the first-start setup (the heading then leaves blanks). */
    private static Committee committee(Repositories r, LocalDate made) {
        return r.committee().on(made).orElse(null);
    }
}
