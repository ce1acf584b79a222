package vn.dangvu.model.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.RegisterEntry;

/**
 * Who belongs to a branch's meeting on a day, derived from the register, never typed: the
 * branch's own members in Vietnamese name order, then the members it hosts temporarily.
 * <p>
 * The list is the register at the end of the day before: an event dated D takes effect at
 * the end of D (project rule), so someone admitted at the meeting itself is not yet counted in
 * it, and someone who transferred out that day still is.
 */
public record Roster(long branchId, LocalDate meetingDate, List<RosterLine> lines) {

    public Roster {
        lines = List.copyOf(lines);
    }

    public static Roster of(long branchId, LocalDate meetingDate, Collection<RegisterEntry> people) {
        LocalDate countedOn = countedOn(meetingDate);
        List<RosterLine> own = new ArrayList<>();
        List<RosterLine> hosted = new ArrayList<>();
        for (RegisterEntry entry : people) {
            MembershipState state = entry.history().stateOn(countedOn);
            if (state.branchId() == null || state.branchId() != branchId) {
                continue;
            }
            if (state.countsInPartyStrength()) {
                own.add(new RosterLine(entry.id(), entry.name(), entry.birthDate(), state.status(), state.exempt(),
                        state.temporarilyAway()));
            } else if (state.status() == MemberStatus.HOSTED) {
                hosted.add(new RosterLine(entry.id(), entry.name(), entry.birthDate(), MemberStatus.HOSTED, false, false));
            }
        }
        List<RosterLine> lines = new ArrayList<>(sorted(own));
        lines.addAll(sorted(hosted));
        return new Roster(branchId, meetingDate, lines);
    }

    /** The day whose register the meeting uses: the end of the day before the meeting. */
    public static LocalDate countedOn(LocalDate meetingDate) {
        return meetingDate.minusDays(1);
    }

    /** Name order; namesakes oldest first, as in the register. */
    private static List<RosterLine> sorted(List<RosterLine> lines) {
        Comparator<RosterLine> order = Comparator.comparing(RosterLine::name, NameOrder.comparator())
                .thenComparing(RosterLine::birthDate);
        return lines.stream().sorted(order).toList();
    }

    /** The people who get a mark: own members neither exempt nor away, and hosted members. */
    public List<RosterLine> required() {
        return lines.stream().filter(RosterLine::required).toList();
    }

    public RosterCounts counts() {
        int official = 0;
        int probationary = 0;
        int exempt = 0;
        int away = 0;
        int hosted = 0;
        for (RosterLine line : lines) {
            if (line.hosted()) {
                hosted++;
                continue;
            }
            if (line.status() == MemberStatus.OFFICIAL) {
                official++;
            } else {
                probationary++;
            }
            if (line.exempt()) {
                exempt++;
            } else if (line.away()) {
                away++;
            }
        }
        return new RosterCounts(official, probationary, exempt, away, hosted);
    }

    /** The attendance part of the count from the recorded marks; marks of people not on the list are ignored. */
    public AttendanceCounts attendance(List<Attendance> marks) {
        Map<Long, Attendance> byMember = new HashMap<>();
        marks.forEach(a -> byMember.put(a.memberId(), a));
        int presentOfficial = 0;
        int presentProbationary = 0;
        int presentHosted = 0;
        int unmarked = 0;
        List<Absence> excused = new ArrayList<>();
        List<Absence> unexcused = new ArrayList<>();
        for (RosterLine line : required()) {
            Attendance mark = byMember.get(line.memberId());
            if (mark == null) {
                unmarked++;
                continue;
            }
            switch (mark.mark()) {
                case PRESENT -> {
                    if (line.hosted()) {
                        presentHosted++;
                    } else if (line.status() == MemberStatus.OFFICIAL) {
                        presentOfficial++;
                    } else {
                        presentProbationary++;
                    }
                }
                case ABSENT_EXCUSED -> excused.add(new Absence(line, mark.reason()));
                case ABSENT_UNEXCUSED -> unexcused.add(new Absence(line, null));
            }
        }
        return new AttendanceCounts(presentOfficial, presentProbationary, presentHosted, excused, unexcused, unmarked);
    }
}
