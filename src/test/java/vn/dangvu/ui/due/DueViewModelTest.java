package vn.dangvu.ui.due;

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
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.logic.paper.SamplePapers;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.probation.ProbationStep;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.probation.ProbationDocumentRow;
import vn.dangvu.ui.probation.ProbationDossierViewModel;

/** The home screen's list, its as-of day and recognising a member from it. */
class DueViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private ScriptedDialogs dialogs;
    private DueViewModel viewModel;
    private long member;
    private int changes;
    private ProbationDossierViewModel dossier;
    private PaperService papers;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        long napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        register = new RegisterService(database);
        // admitted 29/02/2024: probation ends 28/02/2025, recognition due 14/04/2025
        member = register.createMember(new Member(null, 0, PersonName.parse("Lục Văn Hải"), Sex.MALE,
                LocalDate.of(1990, 1, 1), "Tày", null, null, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2024, 2, 29), napan)), "test")
                .member().id();
        dialogs = new ScriptedDialogs();
        Services services = TestServices.on(database);
        papers = services.papers();
        SynchronousBackground background = new SynchronousBackground();
        viewModel = new DueViewModel(services.due(), services.admissions(), services.admissionDocuments(),
                services.probations(), background, dialogs, TestServices.USER, () -> TODAY);
        // as the main window does: the register-changed event reloads the list, the dossier follows the selection
        viewModel.setOnChanged(() -> {
            changes++;
            viewModel.load();
        });
        dossier = new ProbationDossierViewModel(services.probations(), services.papers(), background, () -> TODAY);
        viewModel.setOnProbationChosen(dossier::show);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> lines() {
        return viewModel.lines().stream().map(l -> l.dueDate() + " " + l.kind() + " · " + l.state()).toList();
    }

    @Test
    void listsTodaysItemsWithTheirStateAndCounts() {
        assertEquals(List.of("28/02/2025 Hết 12 tháng dự bị · Quá hạn 15 ngày",
                "14/04/2025 Xét công nhận đảng viên chính thức · Còn 30 ngày"), lines());
        assertEquals(2, viewModel.countProperty().get());
        assertEquals(1, viewModel.overdueCountProperty().get());
        assertEquals("2 việc, 1 việc quá hạn · ngày 15/03/2025", viewModel.statusTextProperty().get());
        assertEquals("Lục Văn Hải", viewModel.lines().get(0).person());
        assertEquals("Chi bộ thôn Nà Pàn", viewModel.lines().get(0).branch());
    }

    @Test
    void anotherDayGivesItsOwnList() {
        viewModel.asOfProperty().set(LocalDate.of(2025, 4, 15));
        assertEquals(List.of("28/02/2025 Hết 12 tháng dự bị · Quá hạn 46 ngày",
                "14/04/2025 Xét công nhận đảng viên chính thức · Quá hạn 1 ngày"), lines());
        assertEquals(2, viewModel.overdueCountProperty().get());
        viewModel.asOfProperty().set(LocalDate.of(2024, 12, 1));
        assertEquals(List.of(), lines());
        assertEquals("Không có việc nào đến hạn ngày 01/12/2024.", viewModel.statusTextProperty().get());
    }

    @Test
    void recognisingFromTheListMakesTheMemberOfficialFromTheEndOfProbation() {
        viewModel.selectedProperty().set(viewModel.lines().get(1));
        assertTrue(viewModel.probationSelectedProperty().get());
        assertEquals("Lục Văn Hải — Chi bộ thôn Nà Pàn · hết 12 tháng dự bị ngày 28/02/2025",
                viewModel.probationTextProperty().get());

        viewModel.recognise();
        assertEquals("Nhập ngày quyết định (dd/MM/yyyy).", viewModel.formErrorProperty().get());
        viewModel.decisionDate.set("16/03/2025");
        viewModel.recognise();
        assertEquals("Ngày quyết định 16/03/2025 ở tương lai.", viewModel.formErrorProperty().get());

        viewModel.decisionNumber.set("12-QĐ/HU");
        viewModel.decisionDate.set("10/03/2025");
        viewModel.issuingBody.set("Ban Thường vụ Huyện ủy Tiên Yên");
        dialogs.confirms.add(true); // nothing of the probation dossier was recorded
        viewModel.recognise();

        assertEquals("", viewModel.formErrorProperty().get());
        assertEquals("Đã công nhận Lục Văn Hải là đảng viên chính thức từ ngày 28/02/2025.",
                viewModel.messageProperty().get());
        assertEquals(List.of(), lines());
        assertEquals(1, changes, "the register is told");
        var history = register.loadMember(member).history();
        assertEquals(MemberStatus.OFFICIAL, history.stateOn(LocalDate.of(2025, 2, 28)).status());
        assertEquals("12-QĐ/HU", history.events().get(1).decision().number());
    }

    @Test
    void aRefusedRecognitionSaysWhyAndChangesNothing() {
        viewModel.selectedProperty().set(viewModel.lines().get(0));
        viewModel.decisionDate.set("27/02/2025");
        dialogs.confirms.add(true);
        viewModel.recognise();
        assertEquals("Quyết định ngày 27/02/2025 trước khi hết 12 tháng dự bị (28/02/2025): chưa thể công nhận chính thức.",
                viewModel.formErrorProperty().get());
        assertEquals(2, viewModel.lines().size());
        assertEquals(0, changes);
    }

    @Test
    void notRecognisedIsRemovedOnlyAfterConfirmation() {
        viewModel.selectedProperty().set(viewModel.lines().get(1));
        viewModel.decisionDate.set("14/03/2025");
        dialogs.confirms.add(false);
        viewModel.removeNotRecognised();
        assertEquals(2, viewModel.lines().size());

        dialogs.confirms.add(true);
        viewModel.removeNotRecognised();
        assertEquals("Đã xóa tên Lục Văn Hải từ ngày 14/03/2025.", viewModel.messageProperty().get());
        assertEquals(List.of(), lines());
        assertEquals(MemberStatus.REMOVED, register.loadMember(member).history().stateOn(TODAY).status());
    }

    @Test
    void printsTheReminderListOfTheDay() {
        new vn.dangvu.logic.CommitteeService(database).save(new vn.dangvu.model.Committee("Đảng bộ xã Hải Yến", "Hải Yến", null));
        Path file = folder.resolve("du-bi.docx");
        dialogs.saveFiles.add(java.util.Optional.of(file));
        viewModel.printReminders();
        assertTrue(java.nio.file.Files.exists(file));
        assertEquals("Đã lưu danh sách đảng viên dự bị vào " + file + ".", viewModel.messageProperty().get());
    }

    @Test
    void theProbationDossierShowsWhatIsMissingAndKeepsWhatIsTyped() {
        viewModel.selectedProperty().set(viewModel.lines().get(1));
        assertTrue(dossier.loadedProperty().get());
        assertEquals(6, dossier.missing().size());

        row(ProbationStep.NEW_MEMBER_CLASS).dateProperty().set("12/10/2024");
        row(ProbationStep.NEW_MEMBER_CLASS).numberProperty().set("215");
        row(ProbationStep.SELF_REVIEW).dateProperty().set("01/02/2025");
        row(ProbationStep.BRANCH_RESOLUTION).numberProperty().set("05-NQ/CB");
        dossier.save(viewModel::showMessage);
        assertEquals("Nghị quyết chi bộ đề nghị công nhận chính thức: thiếu ngày nghị quyết (dd/MM/yyyy).",
                dossier.errorProperty().get());

        row(ProbationStep.BRANCH_RESOLUTION).dateProperty().set("3/3/2025");
        dossier.save(viewModel::showMessage);
        assertEquals("", dossier.errorProperty().get());
        assertEquals("Đã lưu hồ sơ dự bị, còn thiếu 3 giấy tờ.", viewModel.messageProperty().get());
        assertEquals("Hồ sơ dự bị còn thiếu 3 trong 6 giấy tờ (ô ngày còn trống).", dossier.missingTextProperty().get());
        assertEquals(List.of(ProbationStep.MENTOR_REPORT, ProbationStep.ORGANISATION_COMMENTS,
                ProbationStep.COMMITTEE_RESOLUTION), dossier.missing());

        viewModel.selectedProperty().set(null);
        viewModel.selectedProperty().set(viewModel.lines().get(0));
        assertEquals("03/03/2025", row(ProbationStep.BRANCH_RESOLUTION).dateProperty().get(), "read back from the file");
        assertEquals("215", row(ProbationStep.NEW_MEMBER_CLASS).numberProperty().get());
    }

    @Test
    void theProbationDossierNamesTheScansTheFileLacksForTheRecognition() {
        viewModel.selectedProperty().set(viewModel.lines().get(1));
        assertTrue(dossier.scansMissingProperty().get().startsWith(
                "Bản quét chưa có trong hồ sơ đảng viên: Lý lịch của người xin vào Đảng; Đơn xin vào Đảng; "),
                dossier.scansMissingProperty().get());

        // every paper an official member's file holds, except the self-review and the recognition decision
        byte[] scan = SamplePapers.jpeg("Ho so", 1);
        for (String type : List.of("ly-lich", "don-xin-vao-dang", "gioi-thieu", "nhan-xet-noi-cu-tru",
                "nghi-quyet-de-nghi-ket-nap", "quyet-dinh-ket-nap", "chung-nhan-nhan-thuc", "chung-nhan-dang-vien-moi",
                "nhan-xet-giup-do", "nhan-xet-du-bi", "nghi-quyet-chinh-thuc", "phieu-dang-vien", "anh",
                "phieu-bo-sung")) {
            papers.attach(member, type, type + ".jpg", type.equals("anh") ? SamplePapers.photo(2) : scan, null, null,
                    "test");
        }
        viewModel.selectedProperty().set(null);
        assertEquals("", dossier.scansMissingProperty().get());
        viewModel.selectedProperty().set(viewModel.lines().get(1));
        assertEquals("Bản quét chưa có trong hồ sơ đảng viên: Bản tự kiểm điểm của đảng viên dự bị; "
                + "Quyết định công nhận đảng viên chính thức.", dossier.scansMissingProperty().get());
    }

    @Test
    void aDocumentDatedBeforeTheAdmissionIsRefused() {
        viewModel.selectedProperty().set(viewModel.lines().get(0));
        row(ProbationStep.SELF_REVIEW).dateProperty().set("28/02/2024");
        dossier.save(viewModel::showMessage);
        assertEquals("Bản tự kiểm điểm của đảng viên dự bị: ngày viết 28/02/2024 trước ngày kết nạp 29/02/2024.",
                dossier.errorProperty().get());
    }

    @Test
    void aDocumentDatedInTheFutureIsATypingMistake() {
        viewModel.selectedProperty().set(viewModel.lines().get(0));
        row(ProbationStep.SELF_REVIEW).dateProperty().set("16/03/2025");
        dossier.save(viewModel::showMessage);
        assertEquals("Bản tự kiểm điểm của đảng viên dự bị: ngày viết 16/03/2025 ở tương lai.",
                dossier.errorProperty().get());
    }

    @Test
    void recognitionWithAnIncompleteDossierWaitsForTheClerksConfirmation() {
        viewModel.selectedProperty().set(viewModel.lines().get(1));
        viewModel.decisionDate.set("10/03/2025");
        dialogs.confirms.add(false);
        viewModel.recognise();
        assertEquals(2, viewModel.lines().size(), "nothing recorded");
        assertEquals(MemberStatus.PROBATIONARY, register.loadMember(member).history().stateOn(TODAY).status());
    }

    private ProbationDocumentRow row(ProbationStep step) {
        return dossier.rows().stream().filter(r -> r.step() == step).findFirst().orElseThrow();
    }

    @Test
    void candidateItemsHaveNoRecognitionForm() {
        assertFalse(viewModel.probationSelectedProperty().get());
        viewModel.selectedProperty().set(null);
        viewModel.recognise();
        assertEquals("Chọn một đảng viên dự bị trong danh sách.", viewModel.formErrorProperty().get());
    }
}
