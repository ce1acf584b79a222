package vn.dangvu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.meeting.MeetingFixture;
import vn.dangvu.model.meeting.MonthStatus;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

class MeetingsViewModelTest {

    @TempDir
    Path folder;

    private MeetingFixture f;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MeetingsViewModel screen;

    @BeforeEach
    void open() {
        f = new MeetingFixture(folder.resolve("db"));
        f.meetings.save(f.regularMeeting(MeetingFixture.MEETING_DAY), "thư ký");
        Services services = TestServices.on(f.database);
        screen = new MeetingsViewModel(services.meetings(), services.fees(), new SynchronousBackground(), dialogs,
                TestServices.USER, () -> LocalDate.of(2026, 5, 2));
        screen.load();
        screen.withPdfProperty().set(false);
        screen.branchProperty().set(screen.branches().stream().filter(b -> b.id() == f.napan).findFirst()
                .orElseThrow());
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theYearShowsTheCalendarTheMeetingsAndTheRate() {
        assertEquals(java.util.List.of("Chi bộ thôn Khòn Pát", "Chi bộ thôn Nà Pàn"),
                screen.branches().stream().map(b -> b.name()).toList());
        assertEquals(MonthStatus.HELD, screen.months().get(2).status());
        assertEquals("05/03", screen.months().get(2).detail());
        assertEquals(MonthStatus.MISSING, screen.months().get(3).status());
        assertEquals(MonthStatus.PLANNED, screen.months().get(4).status());
        assertEquals(MonthStatus.MISSING, screen.quarters().get(0).status(), "no thematic meeting in quarter I");
        assertEquals(1, screen.meetings().size());
        assertEquals("07:30–09:15 (105 phút)", screen.meetings().get(0).time());
        assertEquals("2/4", screen.meetings().get(0).attendance());
        assertEquals("Thường kỳ: đã họp 1/4 tháng đến hạn · Chuyên đề: 0/1 quý đến hạn · Tỷ lệ dự sinh hoạt: 50,00%"
                + " · Vắng không lý do: 1 lượt", screen.summaryProperty().get());
    }

    @Test
    void membersApproachingTheRemovalGroundAreListedApartFromThoseOnIt() {
        // Đông missed the meeting of 05/03 without reason; with 20/02 she has 2 months: approaching (warned from 2)
        f.meetings.save(f.regularMeeting(LocalDate.of(2026, 2, 20)), "thư ký");
        screen.reloadYear();
        assertEquals("Sắp đến căn cứ xóa tên: 2 tháng", screen.approachingTitle());
        assertEquals(java.util.List.of(), screen.atRisk());
        assertEquals(java.util.List.of("Trần Thị Đông"), screen.approaching().stream().map(m -> m.name().full()).toList());
        // with 20/04 as well she has 3: the ground for removal
        f.meetings.save(f.regularMeeting(LocalDate.of(2026, 4, 20)), "thư ký");
        screen.reloadYear();
        assertEquals(java.util.List.of("Trần Thị Đông"), screen.atRisk().stream().map(m -> m.name().full()).toList());
        assertEquals(java.util.List.of(), screen.approaching());
    }

    @Test
    void printingTheRecordedMinutesOfTheChosenMonth() {
        screen.selectedProperty().set(screen.meetings().get(0));
        assertEquals(YearMonth.of(2026, 3), screen.selectedMonthProperty().get());
        Path file = folder.resolve("bien-ban.docx");
        dialogs.choices.add("Biên bản đã ghi ngày 05/03/2026 (thường kỳ)");
        dialogs.saveFiles.add(Optional.of(file));
        screen.print();
        assertEquals("bien-ban-chi-bo-thon-na-pan-2026-03.docx", dialogs.suggestedFileNames.get(0));
        assertTrue(Files.exists(file));
        assertEquals("Đã lưu bien-ban.docx trong " + folder.toAbsolutePath() + ".", dialogs.infos.get(0));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void printingABlankFormForAMonthWithoutMinutes() {
        screen.selectMonth(YearMonth.of(2026, 4));
        Path file = folder.resolve("mau.docx");
        dialogs.choices.add("Mẫu trống tháng 4/2026 để ghi tay");
        dialogs.saveFiles.add(Optional.of(file));
        screen.print();
        assertEquals("bien-ban-chi-bo-thon-na-pan-2026-04-mau-trong.docx", dialogs.suggestedFileNames.get(0));
        assertTrue(Files.exists(file));
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        dialogs.choices.add("Mẫu trống tháng 5/2026 để ghi tay");
        dialogs.saveFiles.add(Optional.empty());
        screen.print();
        assertTrue(dialogs.infos.isEmpty());
    }

    @Test
    void deletingAsksFirst() {
        screen.selectedProperty().set(screen.meetings().get(0));
        dialogs.confirms.add(false);
        screen.deleteSelected();
        assertEquals(1, screen.meetings().size());
        dialogs.confirms.add(true);
        screen.deleteSelected();
        assertEquals(0, screen.meetings().size());
        assertEquals(MonthStatus.MISSING, screen.months().get(2).status());
        assertEquals("Đã xóa biên bản ngày 05/03/2026.", screen.messageProperty().get());
    }
}
