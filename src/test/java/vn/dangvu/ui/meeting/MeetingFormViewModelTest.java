package vn.dangvu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.meeting.MeetingFixture;
import vn.dangvu.model.Branch;
import vn.dangvu.model.meeting.Attendance;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.MeetingKind;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;

class MeetingFormViewModelTest {

    @TempDir
    Path folder;

    private MeetingFixture f;
    private MeetingFormViewModel form;
    private Branch napan;
    private final List<Meeting> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        f = new MeetingFixture(folder);
        napan = new BranchService(f.database).all().stream().filter(b -> b.id() == f.napan).findFirst().orElseThrow();
        form = newForm();
    }

    private MeetingFormViewModel newForm() {
        return new MeetingFormViewModel(f.meetings, new SynchronousBackground(), new ScriptedDialogs(), "thư ký");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void fillTimes(String start, String end) {
        form.startTime.set(start);
        form.endTime.set(end);
    }

    private AttendanceRow row(String name) {
        return form.attendance().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theGridListsWhoMustAttendOnTheTypedDayAllPresentAtFirst() {
        form.startNew(napan, MeetingFixture.MEETING_DAY);
        assertEquals(List.of("Hoàng Thị Ánh", "Trần Thị Đông", "Nguyễn Văn Đức", "Vũ Văn Cường"),
                form.attendance().stream().map(AttendanceRow::name).toList(), "exempt Dũng and away Bình are not marked");
        assertTrue(form.attendance().stream().allMatch(r -> r.markProperty().get() == AttendanceMark.PRESENT));
        assertEquals("Đảng viên của chi bộ: 5 (chính thức 4, dự bị 1) · miễn sinh hoạt 1 · sinh hoạt tạm thời nơi"
                + " khác 1 · phải dự 3 · có mặt 3 · vắng có lý do 0 · vắng không lý do 0 · sinh hoạt tạm thời tại chi bộ"
                + " có mặt 1/1", form.countsTextProperty().get());

        row("Trần Thị Đông").markProperty().set(AttendanceMark.ABSENT_UNEXCUSED);
        assertTrue(form.countsTextProperty().get().contains("có mặt 2 · vắng có lý do 0 · vắng không lý do 1"));

        // On 04/01/2026 Bình was not yet away (from 01/02), Dũng not yet exempt (from 10/01), Cường not yet hosted.
        form.date.set("04/01/2026");
        assertEquals(List.of("Hoàng Thị Ánh", "Phạm Văn Bình", "Lê Văn Dũng", "Trần Thị Đông", "Nguyễn Văn Đức"),
                form.attendance().stream().map(AttendanceRow::name).toList());
        assertEquals(AttendanceMark.ABSENT_UNEXCUSED, row("Trần Thị Đông").markProperty().get(), "marks are kept");
    }

    @Test
    void aShortMeetingIsFlaggedWhileTyping() {
        form.startNew(napan, MeetingFixture.MEETING_DAY);
        fillTimes("7:30", "8:45");
        assertTrue(form.lengthWarningProperty().get().startsWith("Buổi sinh hoạt 75 phút, ít hơn 90 phút tối thiểu"),
                form.lengthWarningProperty().get());
        fillTimes("7:30", "9:00");
        assertEquals("", form.lengthWarningProperty().get());
        form.kind.set(MeetingKind.COMBINED);
        assertTrue(form.lengthWarningProperty().get().contains("ít hơn 120 phút"));
    }

    @Test
    void badInputSaysWhatAndWhereAndSavesNothing() {
        form.startNew(napan, MeetingFixture.MEETING_DAY);
        form.date.set("31/02/2026");
        fillTimes("9:00", "7h30");
        form.kind.set(MeetingKind.THEMATIC);
        form.votesAgree.set("hai");
        form.attendance().get(0).markProperty().set(AttendanceMark.ABSENT_EXCUSED);
        form.save(saved::add);
        assertEquals("Ngày \"31/02/2026\" không đúng dạng dd/MM/yyyy.", form.errors().get("date"));
        assertEquals("Giờ kết thúc 07:30 phải sau giờ bắt đầu 09:00.", form.errors().get("endTime"));
        assertEquals("Buổi sinh hoạt chuyên đề cần ghi chuyên đề.", form.errors().get("topic"));
        assertEquals("Số biểu quyết \"hai\" phải là số không âm.", form.errors().get("votesAgree"));
        assertEquals("Chưa ghi lý do vắng của đồng chí Hoàng Thị Ánh.", form.errors().get("attendance"));
        assertTrue(saved.isEmpty());
        assertTrue(f.meetings.year(f.napan, 2026, MeetingFixture.MEETING_DAY).meetings().isEmpty());
    }

    @Test
    void savingRecordsTheMeetingWithItsAttendanceAndEditingBringsItBack() {
        form.startNew(napan, MeetingFixture.MEETING_DAY);
        fillTimes("07:30", "09:15");
        form.place.set("Nhà văn hóa thôn");
        form.chair.set("Nguyễn Văn Đức");
        form.secretary.set("Trần Thị Đông");
        form.resolution.set("Hoàn thành làm đường trước 30/4.");
        form.votesAgree.set("3");
        row("Hoàng Thị Ánh").markProperty().set(AttendanceMark.ABSENT_EXCUSED);
        row("Hoàng Thị Ánh").reasonProperty().set("ốm");
        form.addSpeech();
        form.speeches().get(0).speakerProperty().set("Đồng chí Vũ Văn Cường");
        form.speeches().get(0).textProperty().set("Nhất trí.");
        form.addSpeech(); // left empty: ignored
        form.save(saved::add);
        assertTrue(form.errors().isEmpty(), form.errors().toString());
        assertEquals(1, saved.size());
        Meeting stored = f.meetings.load(saved.get(0).id());
        assertEquals(4, stored.attendance().size());
        assertTrue(stored.attendance().contains(new Attendance(f.anh, AttendanceMark.ABSENT_EXCUSED, "ốm")));
        assertEquals(1, stored.discussion().size());
        assertEquals(3, stored.vote().agree());

        MeetingFormViewModel again = newForm();
        again.edit(napan, stored.id());
        assertEquals("05/03/2026", again.date.get());
        assertEquals("07:30", again.startTime.get());
        assertEquals("ốm", again.attendance().get(0).reasonProperty().get());
        assertEquals(AttendanceMark.ABSENT_EXCUSED, again.attendance().get(0).markProperty().get());
        again.conclusion.set("Thống nhất.");
        again.save(saved::add);
        assertEquals("Thống nhất.", f.meetings.load(stored.id()).conclusion());
    }

    @Test
    void aSecondRegularMeetingInAMonthIsRefusedWithTheReason() {
        f.meetings.save(f.regularMeeting(MeetingFixture.MEETING_DAY), "x");
        form.startNew(napan, LocalDate.of(2026, 3, 20));
        fillTimes("07:30", "09:30");
        form.save(saved::add);
        assertTrue(saved.isEmpty());
        assertNotNull(form.errors().get("kind"));
        assertTrue(form.errors().get("kind").startsWith("Tháng 3/2026 đã có biên bản sinh hoạt thường kỳ"));
        assertNull(form.errors().get("date"));
    }
}
