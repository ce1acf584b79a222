package vn.dangvu.ui.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** The candidates screen: list per branch, checklist, ceremony, withdrawal and re-admission. */
class AdmissionViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 12, 1);

    @TempDir
    Path folder;

    private Database database;
    private Services services;
    private ScriptedDialogs dialogs;
    private AdmissionViewModel viewModel;
    private Branch napan;
    private Branch school;
    private int changes;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        BranchService branches = new BranchService(database);
        napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null);
        school = branches.create("Chi bộ Trường THCS", BranchKind.SCHOOL, null);
        dialogs = new ScriptedDialogs();
        services = TestServices.on(database);
        SynchronousBackground background = new SynchronousBackground();
        candidate("Đinh Thị Thu", napan, true);
        candidate("Hoàng Văn Nam", school, false);
        viewModel = new AdmissionViewModel(services.register(), services.branches(), services.admissions(),
                services.admissionDocuments(), background, dialogs, TestServices.USER, () -> TODAY,
                () -> new AdmissionReportViewModel(services.branches(), services.committee(),
                        services.admissionReports(), background, dialogs, () -> TODAY));
        viewModel.setOnChanged(() -> changes++);
        viewModel.load();
    }

    private Candidate candidate(String name, Branch branch, boolean decided) {
        Candidate c = Candidate.create(branch.id(), new Member(null, 0, PersonName.parse(name), Sex.FEMALE,
                LocalDate.of(1997, 8, 15), "Tày", null, null, null), null)
                .withStep(CandidateStep.on(AdmissionStep.APPLICATION, LocalDate.of(2023, 5, 2)));
        if (decided) {
            c = c.withStep(CandidateStep.on(AdmissionStep.BRANCH_RESOLUTION, LocalDate.of(2023, 9, 5)))
                    .withStep(CandidateStep.on(AdmissionStep.DECISION, LocalDate.of(2023, 10, 2)));
        }
        return services.admissions().save(c);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> names() {
        return viewModel.lines().stream().map(CandidateLine::name).toList();
    }

    @Test
    void listsTheCandidatesPerBranchWithWhatIsMissing() {
        assertEquals(List.of("Hoàng Văn Nam", "Đinh Thị Thu"), names());
        assertEquals("2 quần chúng đang theo dõi · 2 hồ sơ còn thiếu", viewModel.statusTextProperty().get());
        CandidateLine thu = viewModel.lines().get(1);
        assertEquals("Quyết định kết nạp (02/10/2023)", thu.lastStep());
        assertEquals("Chi bộ thôn Nà Pàn", thu.branch());

        viewModel.selectedProperty().set(thu);
        assertTrue(viewModel.selectedIssues().contains("Chưa có: Lý lịch của người xin vào Đảng (Mẫu 2-KNĐ)."));
        assertEquals(thu.missing(), viewModel.selectedIssues().size());

        viewModel.branchProperty().set(school);
        assertEquals(List.of("Hoàng Văn Nam"), names());
        assertEquals("1 quần chúng đang theo dõi ở Chi bộ Trường THCS · 1 hồ sơ còn thiếu",
                viewModel.statusTextProperty().get());
    }

    @Test
    void theCeremonyAsksItsDateAndMovesThePersonToTheRegister() {
        viewModel.selectedProperty().set(viewModel.lines().get(1));
        dialogs.dates.add(Optional.of(LocalDate.of(2023, 10, 20)));

        viewModel.recordCeremony();

        assertEquals("Đã ghi lễ kết nạp Đinh Thị Thu ngày 20/10/2023: đã vào sổ đảng viên, là đảng viên dự bị.",
                viewModel.messageProperty().get());
        assertEquals(List.of("Hoàng Văn Nam"), names(), "an admitted dossier leaves the working list");
        assertEquals(1, changes);
        viewModel.showClosedProperty().set(true);
        assertEquals("Đã kết nạp 20/10/2023", viewModel.lines().get(1).state());
        var thu = new RegisterService(database).loadRegister().stream()
                .filter(e -> e.name().full().equals("Đinh Thị Thu")).findFirst().orElseThrow();
        assertEquals(MemberStatus.PROBATIONARY, thu.history().stateOn(TODAY).status());
    }

    @Test
    void aCeremonyWithoutDecisionIsRefusedWithTheReason() {
        viewModel.selectedProperty().set(viewModel.lines().get(0));
        dialogs.dates.add(Optional.of(LocalDate.of(2023, 10, 20)));
        viewModel.recordCeremony();
        assertEquals(List.of("Chưa có quyết định kết nạp Hoàng Văn Nam: ghi quyết định trước khi ghi lễ kết nạp."),
                dialogs.errors);
        assertEquals(0, changes);
    }

    @Test
    void aWithdrawnDossierKeepsItsReason() {
        viewModel.selectedProperty().set(viewModel.lines().get(0));
        dialogs.dates.add(Optional.of(LocalDate.of(2023, 11, 30)));
        dialogs.texts.add(Optional.of("Chuyển công tác khỏi địa phương"));
        viewModel.withdraw();
        assertEquals(List.of("Đinh Thị Thu"), names());
        viewModel.showClosedProperty().set(true);
        assertEquals("Dừng theo dõi 30/11/2023", viewModel.lines().get(0).state());
        assertEquals("Chuyển công tác khỏi địa phương", viewModel.lines().get(0).candidate().withdrawnReason());
    }

    @Test
    void readmissionStartsFromTheFormerMembersRecord() {
        RegisterService register = new RegisterService(database);
        long former = register.createMember(new Member(null, 0, PersonName.parse("Vi Văn Tùng"), Sex.MALE,
                LocalDate.of(1985, 2, 1), "Nùng", null, null, null), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 1, 10), napan.id()),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2011, 1, 10), null),
                MembershipEvent.of(MembershipEventType.REMOVED, LocalDate.of(2015, 6, 1), null)), "test").member().id();
        viewModel.load();
        dialogs.choices.add("Vi Văn Tùng (sinh 01/02/1985)");
        dialogs.choices.add("Chi bộ Trường THCS");
        CandidateFormViewModel[] opened = {null};

        viewModel.startReadmission(form -> opened[0] = form);

        assertEquals("Hồ sơ kết nạp lại: Vi Văn Tùng", opened[0].title());
        assertEquals("Nùng", opened[0].person.ethnicity.get());
        assertEquals(school, opened[0].branch.get());
        assertEquals("Kết nạp lại, đang theo dõi", viewModel.lines().stream()
                .filter(l -> l.name().equals("Vi Văn Tùng")).findFirst().orElseThrow().state());
        assertEquals(former, services.admissions().candidates().stream()
                .filter(c -> c.readmission()).findFirst().orElseThrow().formerMemberId());
    }

    @Test
    void printsTheClassListOfThoseWithoutCertificateAndTheDecisionDraft() {
        services.committee().setUp(new vn.dangvu.model.Committee("Đảng bộ xã Hải Yến", "Hải Yến", null), List.of());
        Path list = folder.resolve("lop.docx");
        dialogs.saveFiles.add(Optional.of(list));
        assertTrue(viewModel.printClassList());
        assertTrue(java.nio.file.Files.exists(list));
        assertTrue(viewModel.messageProperty().get().startsWith("Đã lưu danh sách 2 quần chúng vào "));

        viewModel.selectedProperty().set(viewModel.lines().get(1));
        Path decision = folder.resolve("qd.docx");
        dialogs.saveFiles.add(Optional.of(decision));
        viewModel.printDecision();
        assertTrue(java.nio.file.Files.exists(decision));
        assertEquals("Đã lưu dự thảo quyết định kết nạp Đinh Thị Thu vào " + decision + ".", viewModel.messageProperty().get());
        assertEquals(List.of("danh-sach-lop-boi-duong.docx", "quyet-dinh-ket-nap-dinh-thi-thu.docx"),
                dialogs.suggestedFileNames);
    }

    @Test
    void aDossierChosenFromTheDueListIsShownEvenWhenFilteredOut() {
        long thu = viewModel.lines().get(1).id();
        viewModel.branchProperty().set(school);
        viewModel.select(thu);
        assertEquals("Đinh Thị Thu", viewModel.selectedProperty().get().name());
    }
}
