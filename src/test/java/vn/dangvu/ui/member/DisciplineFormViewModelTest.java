package vn.dangvu.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.discipline.Discipline;
import vn.dangvu.model.discipline.DisciplineForm;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** Discipline on the member page: refused forms stay on the form with the reason; the list shows the lapse. */
class DisciplineFormViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private MemberPageViewModel page;
    private long memberId;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        long napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        memberId = new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Lục Văn Hải"),
                Sex.MALE, LocalDate.of(1990, 1, 1), "Tày", null, null, null), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2024, 6, 1), napan)), "test").member().id();
        Services services = TestServices.on(database);
        page = new MemberPageViewModel(services.register(), services.branches(), services.discipline(),
                services.history(), new SynchronousBackground(), dialogs, TestServices.USER, memberId);
        page.load(() -> { });
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aProbationaryMemberCannotBeDismissedAndAWarningIsListedWithItsLapse() {
        DisciplineFormViewModel form = page.disciplineForm();
        form.form.set(DisciplineForm.DISMISSAL);
        form.announcedOn.set("10/03/2025");
        page.recordDiscipline(() -> { });
        assertEquals("Ngày 10/03/2025 là đảng viên dự bị: chỉ khiển trách hoặc cảnh cáo, không cách chức (Điều lệ Đảng, Điều 35).",
                form.error.get());
        assertTrue(page.discipline().isEmpty());

        form.form.set(DisciplineForm.WARNING);
        form.decisionNumber.set("07-QĐ/ĐU");
        page.recordDiscipline(() -> { });
        assertEquals("", form.error.get());
        assertEquals(List.of(new DisciplineLine("Cảnh cáo", "10/03/2025", "07-QĐ/ĐU", "Hết hiệu lực từ 10/03/2026", false,
                "")), page.discipline());
        assertEquals("Kỷ luật (1)", page.disciplineTitleProperty().get());
        assertFalse(page.summaryProperty().get().contains("Đang chịu kỷ luật"), "lapsed: not in the summary");
        assertTrue(page.summaryProperty().get().contains("Tuổi đảng: "), page.summaryProperty().get());
    }

    @Test
    void expulsionIsConfirmedFirstAndNotRecordedWhenTheClerkSaysNo() {
        DisciplineFormViewModel form = page.disciplineForm();
        form.form.set(DisciplineForm.EXPULSION);
        form.announcedOn.set("01/06/2025");
        dialogs.confirms.add(false);
        page.recordDiscipline(() -> { });
        assertTrue(page.discipline().isEmpty());
        dialogs.confirms.add(true);
        page.recordDiscipline(() -> { });
        assertTrue(form.error.get().contains("chỉ khiển trách hoặc cảnh cáo"), form.error.get());
        assertEquals(MemberStatus.PROBATIONARY, page.file().history().stateOn(LocalDate.of(2025, 6, 1)).status());
    }

    @Test
    void aDecisionInForceIsALineOfTheTableAndASentenceOfTheSummary() {
        DisciplineFormViewModel form = page.disciplineForm();
        form.form.set(DisciplineForm.REPRIMAND);
        form.announcedOn.set(DateFormats.format(LocalDate.now().minusMonths(1)));
        form.decisionNumber.set("12-QĐ/ĐU");
        form.decisionDate.set(DateFormats.format(LocalDate.now().minusMonths(1).minusDays(5)));
        form.issuingBody.set("Đảng ủy xã Hải Yến");
        form.reason.set("Vắng sinh hoạt 3 tháng");
        page.recordDiscipline(() -> { });
        DisciplineLine line = page.discipline().get(0);
        assertEquals("12-QĐ/ĐU ngày " + DateFormats.format(LocalDate.now().minusMonths(1).minusDays(5))
                + ", Đảng ủy xã Hải Yến", line.decision());
        assertTrue(line.inForce());
        assertEquals("Vắng sinh hoạt 3 tháng", line.reason());
        assertTrue(page.summaryProperty().get().contains("\nĐang chịu kỷ luật: khiển trách, còn hiệu lực đến hết "),
                page.summaryProperty().get());
    }

    @Test
    void theLapseReadsAsTheClerkExpects() {
        Discipline d = new Discipline(1L, 1, DisciplineForm.REPRIMAND, LocalDate.of(2025, 3, 10), Decision.NONE, "Vắng sinh hoạt");
        assertEquals("Còn hiệu lực đến hết 09/03/2026", DisciplineLine.of(d, LocalDate.of(2025, 6, 1)).effect());
        assertEquals("Hết hiệu lực từ 10/03/2026", DisciplineLine.of(d, LocalDate.of(2026, 3, 10)).effect());
        assertEquals("Không tự hết hiệu lực", DisciplineLine.of(new Discipline(1L, 1, DisciplineForm.EXPULSION,
                LocalDate.of(2025, 3, 10), Decision.NONE, null), LocalDate.of(2025, 6, 1)).effect());
    }

    @Test
    void changingTheFormClearsTheLastRefusal() {
        DisciplineFormViewModel form = page.disciplineForm();
        form.form.set(DisciplineForm.DISMISSAL);
        form.announcedOn.set("10/03/2025");
        page.recordDiscipline(() -> { });
        assertFalse(form.error.get().isEmpty());
        form.form.set(DisciplineForm.WARNING);
        assertEquals("", form.error.get());
    }
}
