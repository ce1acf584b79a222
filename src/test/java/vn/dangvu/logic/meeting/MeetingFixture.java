package vn.dangvu.logic.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.meeting.AtRiskMonths;
import vn.dangvu.model.meeting.Attendance;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.model.meeting.Speech;
import vn.dangvu.model.meeting.Vote;

/**
 * A small committee on a real H2 file for meeting tests. Chi bộ thôn Nà Pàn on 05/03/2026 has
 * six people on its list, in name order: Hoàng Thị Ánh (probationary), Phạm Văn Bình (away on
 * temporary transfer), Vũ Văn Cường (hosted), Lê Văn Dũng (exempt), Trần Thị Đông and Nguyễn
 * Văn Đức (official). Đinh Văn Em belongs to Chi bộ thôn Khòn Pát.
 */
public final class MeetingFixture implements AutoCloseable {

    public static final Committee COMMITTEE = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên");
    public static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 5);

    public final Database database;
    public final RegisterService register;
    public final MeetingService meetings;
    public final long napan;
    public final long khonpat;
    public final long anh;
    public final long binh;
    public final long cuong;
    public final long dung;
    public final long dong;
    public final long duc;
    public final long em;

    public MeetingFixture(Path folder) {
        database = Database.open(folder);
        new CommitteeService(database).setUp(COMMITTEE, List.of(
                Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(1980, 1, 1)),
                Branch.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, LocalDate.of(1980, 1, 1))));
        List<Branch> branches = new BranchService(database).all();
        napan = branches.stream().filter(b -> b.name().endsWith("Nà Pàn")).findFirst().orElseThrow().id();
        khonpat = branches.stream().filter(b -> b.name().endsWith("Khòn Pát")).findFirst().orElseThrow().id();
        register = new RegisterService(database);
        meetings = new MeetingService(database, RuleTables.meetingLengthRules(null),
                AtRiskMonths.STANDARD);
        duc = official("Nguyễn Văn Đức", LocalDate.of(2005, 6, 1), napan);
        dong = official("Trần Thị Đông", LocalDate.of(2010, 3, 2), napan);
        dung = official("Lê Văn Dũng", LocalDate.of(1985, 7, 20), napan, event(MembershipEventType.EXEMPTED,
                LocalDate.of(2026, 1, 10), null));
        anh = person("Hoàng Thị Ánh", Sex.FEMALE, List.of(event(MembershipEventType.ADMITTED, LocalDate.of(2025, 9, 2),
                napan)));
        binh = official("Phạm Văn Bình", LocalDate.of(2012, 5, 19), napan, event(MembershipEventType.TEMPORARY_LEAVE,
                LocalDate.of(2026, 2, 1), null));
        cuong = person("Vũ Văn Cường", Sex.MALE, List.of(event(MembershipEventType.HOSTING_STARTED,
                LocalDate.of(2026, 1, 5), napan)));
        em = official("Đinh Văn Em", LocalDate.of(2015, 9, 2), khonpat);
    }

    private long official(String name, LocalDate admitted, long branchId, MembershipEvent... later) {
        List<MembershipEvent> events = new ArrayList<>();
        events.add(event(MembershipEventType.ADMITTED, admitted, branchId));
        events.add(event(MembershipEventType.RECOGNIZED_OFFICIAL, admitted.plusYears(1), null));
        events.addAll(List.of(later));
        return person(name, name.contains(" Thị ") ? Sex.FEMALE : Sex.MALE, events);
    }

    private long person(String name, Sex sex, List<MembershipEvent> events) {
        return register.createMember(new Member(null, 0, PersonName.parse(name), sex, LocalDate.of(1960, 1, 1), "Kinh",
                null, null, null), events, "test").member().id();
    }

    private static MembershipEvent event(MembershipEventType type, LocalDate date, Long branchId) {
        return MembershipEvent.of(type, date, branchId);
    }

    /** A regular meeting of Nà Pàn: Ánh excused (ốm), Đông absent without reason, the others present. */
    public Meeting regularMeeting(LocalDate day) {
        return new Meeting(null, 0, napan, MeetingKind.REGULAR, day, LocalTime.of(7, 30), LocalTime.of(9, 15),
                "Nhà văn hóa thôn Nà Pàn", "Nguyễn Văn Đức", "Trần Thị Đông", "Đồng chí Phạm Văn Hải, Đảng ủy viên",
                "Kiểm điểm nghị quyết tháng trước; nhiệm vụ tháng tới", null,
                "Đã hoàn thành thu đảng phí quý I.", "Triển khai kế hoạch làm đường liên thôn.",
                List.of(new Speech("Đồng chí Vũ Văn Cường", "Nhất trí với kế hoạch.")),
                "Chi bộ thống nhất triển khai.", "Hoàn thành làm đường trước 30/4.", new Vote(2, 0, 0),
                List.of(new Attendance(anh, AttendanceMark.ABSENT_EXCUSED, "ốm"),
                        Attendance.present(cuong),
                        new Attendance(dong, AttendanceMark.ABSENT_UNEXCUSED, null),
                        Attendance.present(duc)));
    }

    @Override
    public void close() {
        database.close();
    }
}
