package vn.dangvu.model.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;

/** The minutes' counts come from the register as it stood at the end of the day before the meeting. */
class RosterTest {

    private static final long BRANCH = 1;
    private static final long OTHER = 2;
    private static final List<RegisterEntry> PEOPLE = new ArrayList<>();

    static {
        // An: probationary from 10/01/2020, official from 10/01/2021.
        person(1, "Nguyễn Văn An", e(MembershipEventType.ADMITTED, "2020-01-10", BRANCH),
                e(MembershipEventType.RECOGNIZED_OFFICIAL, "2021-01-10", null));
        // Bình: admitted at the meeting of 05/03/2026 itself.
        person(2, "Trần Văn Bình", e(MembershipEventType.ADMITTED, "2026-03-05", BRANCH));
        // Cường: exempted on 15/02/2026.
        person(3, "Lê Văn Cường", e(MembershipEventType.ADMITTED, "2009-01-01", BRANCH),
                e(MembershipEventType.RECOGNIZED_OFFICIAL, "2010-01-01", null),
                e(MembershipEventType.EXEMPTED, "2026-02-15", null));
        // Dũng: away on temporary transfer from 01/03/2026, back on 01/06/2026.
        person(4, "Phạm Văn Dũng", e(MembershipEventType.ADMITTED, "2009-01-01", BRANCH),
                e(MembershipEventType.RECOGNIZED_OFFICIAL, "2010-01-01", null),
                e(MembershipEventType.TEMPORARY_LEAVE, "2026-03-01", null),
                e(MembershipEventType.TEMPORARY_RETURN, "2026-06-01", null));
        // Giang: hosted temporarily from 20/02/2026 to 01/05/2026.
        person(5, "Hoàng Văn Giang", e(MembershipEventType.HOSTING_STARTED, "2026-02-20", BRANCH),
                e(MembershipEventType.HOSTING_ENDED, "2026-05-01", null));
        // Hà: transferred out on 05/03/2026.
        person(6, "Vũ Thị Hà", e(MembershipEventType.ADMITTED, "2009-01-01", BRANCH),
                e(MembershipEventType.RECOGNIZED_OFFICIAL, "2010-01-01", null),
                e(MembershipEventType.TRANSFERRED_OUT, "2026-03-05", null));
        // Khánh: moved in from the other branch on 10/03/2026.
        person(7, "Đỗ Văn Khánh", e(MembershipEventType.ADMITTED, "2009-01-01", OTHER),
                e(MembershipEventType.RECOGNIZED_OFFICIAL, "2010-01-01", null),
                e(MembershipEventType.BRANCH_MOVED, "2026-03-10", BRANCH));
    }

    private static void person(long id, String name, MembershipEvent... events) {
        PEOPLE.add(RegisterEntry.of(id, PersonName.parse(name), Sex.MALE, LocalDate.of(1970, 1, 1), "Kinh", null, null,
                MembershipHistory.of(List.of(events))));
    }

    private static MembershipEvent e(MembershipEventType type, String date, Long branch) {
        return MembershipEvent.of(type, LocalDate.parse(date), branch);
    }

    @ParameterizedTest(name = "meeting on {0}: official {1}, probationary {2}, exempt {3}, away {4}, hosted {5}")
    @CsvSource({
        // day        official prob exempt away hosted required (own)
        "2026-02-14,  4,       0,   0,     0,   0,     4",    // An, Cường, Dũng, Hà
        "2026-02-15,  4,       0,   0,     0,   0,     4",    // Cường's exemption dated that day is not yet in force
        "2026-02-16,  4,       0,   1,     0,   0,     3",    // Cường exempt
        "2026-02-21,  4,       0,   1,     0,   1,     3",    // Giang hosted
        "2026-03-02,  4,       0,   1,     1,   1,     2",    // Dũng away
        "2026-03-05,  4,       0,   1,     1,   1,     2",    // Bình admitted and Hà gone that day: neither yet
        "2026-03-06,  3,       1,   1,     1,   1,     2",    // Bình probationary, Hà transferred out
        "2026-03-11,  4,       1,   1,     1,   1,     3",    // Khánh moved in
        "2026-06-02,  4,       1,   1,     0,   0,     4",    // Dũng back, Giang's hosting ended
    })
    void countsFollowTheRegisterOfTheDayBefore(LocalDate day, int official, int probationary, int exempt, int away,
                                               int hosted, int required) {
        Roster roster = Roster.of(BRANCH, day, PEOPLE);
        RosterCounts counts = roster.counts();
        assertEquals(List.of(official, probationary, exempt, away, hosted),
                List.of(counts.official(), counts.probationary(), counts.exempt(), counts.away(), counts.hosted()));
        assertEquals(required + hosted, roster.required().size(), "own members required plus hosted members");
        assertEquals(required, counts.required());
    }

    @org.junit.jupiter.api.Test
    void ownMembersInNameOrderThenHostedMembers() {
        Roster roster = Roster.of(BRANCH, LocalDate.of(2026, 3, 11), PEOPLE);
        assertEquals(List.of("Nguyễn Văn An", "Trần Văn Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Đỗ Văn Khánh",
                        "Hoàng Văn Giang"),
                roster.lines().stream().map(l -> l.name().full()).toList());
        assertEquals(List.of("CT", "DB", "CT", "CT", "CT", "TT"),
                roster.lines().stream().map(RosterLine::shortStatus).toList());
    }

    @org.junit.jupiter.api.Test
    void attendanceCountsSplitPresentByStandingAndIgnoreMarksOfPeopleNotOnTheList() {
        Roster roster = Roster.of(BRANCH, LocalDate.of(2026, 3, 11), PEOPLE);
        AttendanceCounts counts = roster.attendance(List.of(Attendance.present(1), Attendance.present(2),
                new Attendance(7, AttendanceMark.ABSENT_EXCUSED, "đi công tác"), Attendance.present(5),
                Attendance.present(6)));
        assertEquals(1, counts.presentOfficial());
        assertEquals(1, counts.presentProbationary());
        assertEquals(1, counts.presentHosted());
        assertEquals(List.of("Đỗ Văn Khánh"), counts.excused().stream().map(a -> a.person().name().full()).toList());
        assertEquals("đi công tác", counts.excused().get(0).reason());
        assertEquals(0, counts.unexcused().size());
        assertEquals(0, counts.unmarked(), "Cường is exempt and Dũng away: not marked, not missing");
    }
}
