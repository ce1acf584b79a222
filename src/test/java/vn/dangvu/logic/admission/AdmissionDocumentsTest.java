package vn.dangvu.logic.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.due.DueService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.probation.ProbationService;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;

/** The three admission documents filled from the data, read back from the .docx files. */
class AdmissionDocumentsTest {

    @TempDir
    Path folder;

    private Database database;
    private AdmissionDocuments documents;
    private AdmissionService admissions;
    private long thu;
    private long nam;

    @BeforeEach
    void setUp() {
        database = Database.open(folder.resolve("data"));
        new CommitteeService(database).setUp(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên"),
                List.of(Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null)));
        long napan = new BranchService(database).all().get(0).id();
        var deadlines = RuleTables.admissionDeadlines(null);
        admissions = new AdmissionService(database, deadlines);
        documents = new AdmissionDocuments(database, new DueService(database, deadlines), folder.resolve("data"));
        MemberProfile.Builder profile = new MemberProfile.Builder();
        profile.homeTown = "xã Đồng Rui, huyện Tiên Yên";
        profile.permanentAddress = "thôn Nà Pàn, xã Hải Yến";
        profile.occupation = "Giáo viên";
        profile.generalEducation = "12/12";
        thu = admissions.save(Candidate.create(napan, new Member(null, 0, PersonName.parse("Đinh Thị Thu"), Sex.FEMALE,
                        LocalDate.of(1997, 8, 15), "Tày", null, null, profile.build()), "Trường THCS Hải Yến")
                .withStep(new CandidateStep(AdmissionStep.BRANCH_RESOLUTION, LocalDate.of(2023, 9, 5), "05-NQ/CB", null,
                        null, null, null))
                .withStep(new CandidateStep(AdmissionStep.DECISION, LocalDate.of(2023, 10, 2), "125-QĐ/HU",
                        "Ban Thường vụ Huyện ủy Tiên Yên", null, null, null))).id();
        nam = admissions.save(Candidate.create(napan, new Member(null, 0, PersonName.parse("Hoàng Văn Nam"), Sex.MALE,
                LocalDate.of(2000, 1, 2), "Kinh", null, null, null), null)).id();
        new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Lục Văn Hải"), Sex.MALE,
                LocalDate.of(1990, 1, 1), "Tày", null, null, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2024, 2, 29), napan)), "test");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static String text(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder all = new StringBuilder();
            doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
            for (XWPFTable table : doc.getTables()) {
                table.getRows().forEach(r -> all.append(r.getTableCells().stream().map(c -> c.getText())
                        .collect(Collectors.joining(" | "))).append('\n'));
            }
            return all.toString();
        }
    }

    @Test
    void theClassListHasOneLinePerCandidateInNameOrder() throws Exception {
        Path file = folder.resolve("lop.docx");
        documents.classList(List.of(thu, nam), file, LocalDate.of(2024, 1, 10));
        String text = text(file);
        assertTrue(text.contains("ĐẢNG BỘ HUYỆN TIÊN YÊN"), text);
        assertTrue(text.contains("Hải Yến, ngày 10 tháng 1 năm 2024"), text);
        assertTrue(text.contains("1 | Hoàng Văn Nam | 02/01/2000 | Nam | Kinh |"), text);
        assertTrue(text.contains("2 | Đinh Thị Thu | 15/08/1997 | Nữ | Tày | 12/12 | Giáo viên, Trường THCS Hải Yến"
                + " | Chi bộ thôn Nà Pàn"), text);
        assertTrue(text.contains("Danh sách có 2 người."), text);
        assertFalse(text.contains("{{") || text.contains("[name]"), text);
    }

    @Test
    void theDecisionDraftIsFilledFromTheDossier() throws Exception {
        Path file = folder.resolve("qd.docx");
        documents.decisionDraft(thu, file, LocalDate.of(2023, 10, 1));
        String text = text(file);
        assertTrue(text.contains("Số 125-QĐ/HU"), text);
        assertTrue(text.contains("BAN THƯỜNG VỤ HUYỆN ỦY TIÊN YÊN"), text);
        assertTrue(text.contains("Xét đề nghị của Chi bộ thôn Nà Pàn (nghị quyết số 05-NQ/CB ngày 05/09/2023)"), text);
        assertTrue(text.contains("Điều 1. Kết nạp quần chúng Đinh Thị Thu, sinh ngày 15/08/1997; quê quán: xã Đồng Rui,"
                + " huyện Tiên Yên; nơi cư trú: thôn Nà Pàn, xã Hải Yến"), text);
        assertFalse(text.contains("{{"), text);
    }

    @Test
    void theReminderListCountsWhatEachDossierStillLacks() throws Exception {
        long hai = new RegisterService(database).loadRegister().stream()
                .filter(e -> e.name().full().equals("Lục Văn Hải")).findFirst().orElseThrow().id();
        new ProbationService(database).save(new vn.dangvu.model.probation.ProbationDossier(hai, LocalDate.of(2024, 2, 29), List.of(
                new vn.dangvu.model.probation.ProbationDocument(vn.dangvu.model.probation.ProbationStep.SELF_REVIEW,
                        LocalDate.of(2025, 2, 1), null, null))));
        Path file = folder.resolve("du-bi-ho-so.docx");
        documents.probationReminders(LocalDate.of(2025, 4, 15), file);
        assertTrue(text(file).contains("Quá hạn xét; hồ sơ thiếu 5 giấy tờ"), text(file));
    }

    @Test
    void theReminderListShowsProbationsEndingAndOverdue() throws Exception {
        Path file = folder.resolve("du-bi.docx");
        documents.probationReminders(LocalDate.of(2025, 4, 15), file);
        String text = text(file);
        assertTrue(text.contains("Tính đến ngày 15/04/2025"), text);
        assertTrue(text.contains("1 | Lục Văn Hải | Chi bộ thôn Nà Pàn | 29/02/2024 | 28/02/2025 | 14/04/2025 | Quá hạn xét; hồ sơ thiếu 6 giấy tờ"),
                text);
        assertTrue(text.contains("Có 1 đảng viên dự bị, trong đó 1 trường hợp đã quá hạn xét."), text);
    }

    @Test
    void anOfficesOwnTemplateIsUsedInsteadOfTheShippedOne() throws Exception {
        Path own = folder.resolve("data").resolve(AdmissionDocuments.CLASS_LIST);
        Files.createDirectories(own.getParent());
        try (InputStream shipped = getClass().getResourceAsStream("/" + AdmissionDocuments.DECISION)) {
            Files.copy(shipped, own);
        }
        Path file = folder.resolve("lop.docx");
        documents.classList(List.of(thu), file, LocalDate.of(2024, 1, 10));
        assertTrue(text(file).contains("QUYẾT ĐỊNH"), "the office's file was used");
    }

    @Test
    void anEmptyListIsRefused() {
        RecordRejected refused = assertThrows(RecordRejected.class,
                () -> documents.classList(List.of(), folder.resolve("x.docx"), LocalDate.now()));
        assertEquals("Chưa chọn quần chúng nào cho danh sách.", refused.getMessage());
    }
}
