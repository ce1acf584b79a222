package vn.dangvu.logic.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.logic.meeting.MeetingFixture.MEETING_DAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.meeting.AtRiskMember;
import vn.dangvu.model.meeting.AtRiskMonths;
import vn.dangvu.model.meeting.Attendance;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.BranchAttendance;
import vn.dangvu.model.meeting.HeldVersusDue;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.model.meeting.MemberAttendance;
import vn.dangvu.model.meeting.MonthStatus;
import vn.dangvu.model.meeting.Vote;

/** Meetings on a real H2 file: what is saved comes back, what makes no sense is refused, reports add up. */
class MeetingServiceTest {

    @TempDir
    Path folder;

    private MeetingFixture f;

    @BeforeEach
    void open() {
        f = new MeetingFixture(folder);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aSavedMeetingComesBackWholeAfterReopeningTheFile() {
        Meeting saved = f.meetings.save(f.regularMeeting(MEETING_DAY), "thư ký");
        f.close();
        try (Database reopened = Database.open(folder)) {
            Meeting loaded = new MeetingService(reopened, RuleTables.meetingLengthRules(null),
                AtRiskMonths.STANDARD).load(saved.id());
            assertEquals(saved, loaded);
            assertEquals("Đồng chí Vũ Văn Cường", loaded.discussion().get(0).speaker());
            assertEquals("ốm", loaded.attendance().stream().filter(a -> a.memberId() == f.anh).findFirst()
                    .orElseThrow().reason());
        }
    }

    @Test
    void editingReplacesTheAttendanceAndAStaleCopyIsRefused() {
        Meeting saved = f.meetings.save(f.regularMeeting(MEETING_DAY), "thư ký");
        List<Attendance> allPresent = List.of(Attendance.present(f.anh), Attendance.present(f.cuong),
                Attendance.present(f.dong), Attendance.present(f.duc));
        Meeting edited = f.meetings.save(copy(saved, allPresent, null), "thư ký");
        assertEquals(4, f.meetings.year(f.napan, 2026, MEETING_DAY).meetings().get(0).present());
        assertEquals(saved.version() + 1, edited.version());
        assertThrows(RuntimeException.class, () -> f.meetings.save(copy(saved, allPresent, null), "thư ký"),
                "the first version was already replaced");
    }

    private static Meeting copy(Meeting m, List<Attendance> attendance, Vote vote) {
        return new Meeting(m.id(), m.version(), m.branchId(), m.kind(), m.date(), m.startsAt(), m.endsAt(), m.place(),
                m.chair(), m.secretary(), m.guests(), m.agenda(), m.topic(), m.previousReview(), m.content(),
                m.discussion(), m.conclusion(), m.resolution(), vote, attendance);
    }

    @Test
    void oneRegularMeetingAMonth() {
        f.meetings.save(f.regularMeeting(MEETING_DAY), "thư ký");
        RecordRejected e = assertThrows(RecordRejected.class,
                () -> f.meetings.save(f.regularMeeting(MEETING_DAY.plusDays(10)), "thư ký"));
        assertEquals("Tháng 3/2026 đã có biên bản sinh hoạt thường kỳ ngày 05/03/2026. Hãy mở biên bản đó để sửa.",
                e.getMessage());
    }

    @Test
    void everyoneRequiredIsMarkedAndNobodyElse() {
        Meeting meeting = f.regularMeeting(MEETING_DAY);
        List<Attendance> missingDuc = new ArrayList<>(meeting.attendance());
        missingDuc.removeIf(a -> a.memberId() == f.duc);
        RecordRejected missing = assertThrows(RecordRejected.class,
                () -> f.meetings.save(copy(meeting, missingDuc, null), "thư ký"));
        assertEquals("Chưa điểm danh 1 đồng chí: Nguyễn Văn Đức.", missing.getMessage());

        List<Attendance> withExempt = new ArrayList<>(meeting.attendance());
        withExempt.add(Attendance.present(f.dung));
        RecordRejected exempt = assertThrows(RecordRejected.class,
                () -> f.meetings.save(copy(meeting, withExempt, null), "thư ký"));
        assertTrue(exempt.getMessage().contains("không phải dự sinh hoạt chi bộ ngày 05/03/2026"), exempt.getMessage());
    }

    @Test
    void anExcusedAbsenceNeedsItsReasonAndTheVoteFitsTheRoom() {
        Meeting meeting = f.regularMeeting(MEETING_DAY);
        List<Attendance> noReason = meeting.attendance().stream()
                .map(a -> a.memberId() == f.anh ? new Attendance(f.anh, AttendanceMark.ABSENT_EXCUSED, " ") : a).toList();
        assertEquals("Chưa ghi lý do vắng của đồng chí Hoàng Thị Ánh.", assertThrows(RecordRejected.class,
                () -> f.meetings.save(copy(meeting, noReason, meeting.vote()), "x")).getMessage());
        assertEquals("Tổng số biểu quyết 3 nhiều hơn số đảng viên có mặt 2.", assertThrows(RecordRejected.class,
                () -> f.meetings.save(copy(meeting, meeting.attendance(), new Vote(2, 1, 0)), "x")).getMessage());
    }

    @Test
    void theYearShowsHeldAndMissingMonthsAndTheAttendanceRate() {
        f.meetings.save(f.regularMeeting(MEETING_DAY), "thư ký");
        MeetingYear year = f.meetings.year(f.napan, 2026, LocalDate.of(2026, 5, 2));
        assertEquals(List.of(MonthStatus.MISSING, MonthStatus.MISSING, MonthStatus.HELD, MonthStatus.MISSING,
                MonthStatus.PLANNED), year.calendar().months().subList(0, 5).stream().map(m -> m.regular()).toList());
        assertEquals("50,00%", year.attendance().rate(), "Cường and Đức of four marked");
    }

    @Test
    void reportsByBranchByMemberAndHeldVersusDue() {
        f.meetings.save(f.regularMeeting(MEETING_DAY), "thư ký");
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 3, 31);
        List<BranchAttendance> branches = f.meetings.attendanceByBranch(from, to);
        BranchAttendance napan = branches.stream().filter(b -> b.branch().id() == f.napan).findFirst().orElseThrow();
        assertEquals(1, napan.meetings());
        assertEquals("50,00%", napan.tally().rate());
        assertEquals("—", branches.stream().filter(b -> b.branch().id() == f.khonpat).findFirst().orElseThrow()
                .tally().rate());

        List<MemberAttendance> members = f.meetings.attendanceByMember(f.napan, from, to);
        assertEquals(List.of("Hoàng Thị Ánh", "Vũ Văn Cường", "Trần Thị Đông", "Nguyễn Văn Đức"),
                members.stream().map(m -> m.name().full()).toList());
        assertEquals(List.of("0,00%", "100,00%", "0,00%", "100,00%"),
                members.stream().map(m -> m.tally().rate()).toList());

        HeldVersusDue due = f.meetings.heldVersusDue(from, to, LocalDate.of(2026, 4, 15)).stream()
                .filter(h -> h.branch().id() == f.napan).findFirst().orElseThrow();
        assertEquals(List.of(3, 1, 1, 0), List.of(due.regularDue(), due.regularHeld(), due.thematicDue(),
                due.thematicHeld()));
    }

    @Test
    void absentWithoutReasonInThreeMonthsOfAYearIsAtRisk() {
        for (int month = 1; month <= 3; month++) {
            LocalDate day = LocalDate.of(2026, month, 20);
            List<Attendance> marks = new ArrayList<>();
            marks.add(new Attendance(f.dong, AttendanceMark.ABSENT_UNEXCUSED, null));
            marks.add(Attendance.present(f.duc));
            marks.add(Attendance.present(f.anh));
            if (month == 1) {
                marks.add(Attendance.present(f.binh)); // away on temporary transfer from February
            }
            marks.add(month < 3 ? new Attendance(f.cuong, AttendanceMark.ABSENT_UNEXCUSED, null)
                    : Attendance.present(f.cuong));
            f.meetings.save(new Meeting(null, 0, f.napan, MeetingKind.REGULAR, day, LocalTime.of(8, 0),
                    LocalTime.of(9, 30), null, null, null, null, null, null, null, null, List.of(), null, null, null,
                    marks), "x");
        }
        // Đông missed January–March (3 months: the ground); Cường January–February (2: approaching it, listed from 2)
        List<AtRiskMember> atRisk = f.meetings.atRisk(2026);
        assertEquals(List.of("Trần Thị Đông 3 true", "Vũ Văn Cường 2 false"), atRisk.stream()
                .map(a -> a.name().full() + " " + a.months() + " " + a.reached()).toList());
        assertEquals("Chi bộ thôn Nà Pàn", atRisk.get(0).branchName());
        assertTrue(f.meetings.atRisk(2025).isEmpty());
        // an office that warns only at 3 months sees Đông alone
        MeetingService onlyTheGround = new MeetingService(f.database, RuleTables.meetingLengthRules(null),
                new AtRiskMonths(3));
        assertEquals(List.of("Trần Thị Đông"), onlyTheGround.atRisk(2026).stream().map(a -> a.name().full()).toList());

        // Cường also paid no fees in May: the fee book's months join the absences, 3 months
        Map<Long, Set<YearMonth>> noFees = Map.of(f.cuong, Set.of(YearMonth.of(2026, 5)));
        assertEquals(List.of("Trần Thị Đông 3", "Vũ Văn Cường 3"), f.meetings.atRisk(2026, noFees).stream()
                .map(a -> a.name().full() + " " + a.months()).sorted().toList());
        // a valid reason for one of Đông's months takes her back to 2 months: approaching, no longer the ground
        f.meetings.recordValidReason(f.dong, YearMonth.of(2026, 2), "Ốm, có giấy viện", "x");
        assertEquals(List.of(false, false), f.meetings.atRisk(2026).stream().map(AtRiskMember::reached).toList());
        assertTrue(onlyTheGround.atRisk(2026).isEmpty());
        assertEquals(List.of(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 3, 20)),
                f.meetings.atRisk(2026, Map.of(f.dong, Set.of(YearMonth.of(2026, 7)))).get(0).absences());
    }

    @Test
    void branchNamesMatchIgnoringCaseDiacriticsAndTheWordsChiBo() {
        assertEquals(f.napan, f.meetings.findBranch("thon na pan").id());
        assertEquals(f.napan, f.meetings.findBranch("CHI BO THON NA PAN").id());
        RecordRejected unknown = assertThrows(RecordRejected.class, () -> f.meetings.findBranch("thôn Đông"));
        assertTrue(unknown.getMessage().startsWith("Không có chi bộ \"thôn Đông\". Các chi bộ đang hoạt động: "),
                unknown.getMessage());
    }

    @Test
    void theRepositoryReadsOnlyTheBranchPeople() {
        assertEquals(6, f.meetings.branchPeople(f.napan).size(), "Em belongs to Khòn Pát");
    }
}
