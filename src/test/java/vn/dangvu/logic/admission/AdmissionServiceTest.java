package vn.dangvu.logic.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.due.DueService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.model.admission.CandidateStep;
import vn.dangvu.model.admission.DossierStatus;
import vn.dangvu.model.due.DueItem;
import vn.dangvu.model.due.DueKind;

/** The admission pipeline on a real H2 file: candidate → ceremony → probation → recognition. */
class AdmissionServiceTest {

    private static final String CLERK = "Văn phòng Đảng ủy";

    @TempDir
    Path dataFolder;

    private Database database;
    private AdmissionService admissions;
    private RegisterService register;
    private DueService due;
    private long napan;
    private long school;
    private long introducer1;
    private long introducer2;

    @BeforeEach
    void setUp() {
        open();
        BranchService branches = new BranchService(database);
        napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, LocalDate.of(2000, 1, 1)).id();
        school = branches.create("Chi bộ Trường THCS", BranchKind.SCHOOL, LocalDate.of(2000, 1, 1)).id();
        introducer1 = member("Nông Văn Bảy", LocalDate.of(1970, 2, 3), LocalDate.of(2000, 5, 19), true);
        introducer2 = member("Hoàng Thị Nhung", LocalDate.of(1982, 7, 9), LocalDate.of(2008, 9, 2), true);
    }

    private void open() {
        database = Database.open(dataFolder);
        var deadlines = RuleTables.admissionDeadlines(dataFolder);
        admissions = new AdmissionService(database, deadlines);
        register = new RegisterService(database);
        due = new DueService(database, deadlines);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long member(String name, LocalDate born, LocalDate admitted, boolean official) {
        List<MembershipEvent> events = official
                ? List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, napan),
                        MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, admitted.plusYears(1), null))
                : List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, napan));
        return register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, born, "Kinh", null, null, null),
                events, CLERK).member().id();
    }

    private static Member person() {
        MemberProfile.Builder profile = new MemberProfile.Builder();
        profile.birthPlace = "xã Hải Yến, huyện Tiên Yên";
        profile.homeTown = "xã Đồng Rui, huyện Tiên Yên";
        profile.permanentAddress = "thôn Nà Pàn, xã Hải Yến";
        profile.occupation = "Giáo viên";
        profile.generalEducation = "12/12";
        profile.professionalLevel = "Đại học";
        profile.politicalTheory = PoliticalTheory.ELEMENTARY;
        profile.youthUnionDate = LocalDate.of(2012, 3, 26);
        return new Member(null, 0, new PersonName("Đinh", "Thị", "Thu"), Sex.FEMALE, LocalDate.of(1997, 8, 15), "Tày",
                null, new MemberIds(null, null, "022197001234"), profile.build());
    }

    private static CandidateStep step(AdmissionStep step, LocalDate date) {
        return CandidateStep.on(step, date);
    }

    /** A dossier up to the admission decision of 02/10/2023. */
    private Candidate readyForCeremony(Candidate candidate) {
        return candidate
                .withStep(new CandidateStep(AdmissionStep.CLASS_CERTIFICATE, LocalDate.of(2023, 4, 20), "0125",
                        "Trung tâm Chính trị huyện", null, null, null))
                .withStep(step(AdmissionStep.APPLICATION, LocalDate.of(2023, 5, 2)))
                .withStep(step(AdmissionStep.BIOGRAPHY, LocalDate.of(2023, 5, 15)))
                .withStep(step(AdmissionStep.BIOGRAPHY_VERIFIED, LocalDate.of(2023, 8, 20)))
                .withStep(new CandidateStep(AdmissionStep.FIRST_INTRODUCER, LocalDate.of(2023, 8, 25), null, null, null,
                        introducer1, null))
                .withStep(new CandidateStep(AdmissionStep.SECOND_INTRODUCER, LocalDate.of(2023, 8, 25), null, null, null,
                        introducer2, null))
                .withStep(step(AdmissionStep.MASS_ORGANISATION_COMMENTS, LocalDate.of(2023, 8, 28)))
                .withStep(step(AdmissionStep.RESIDENCE_COMMENTS, LocalDate.of(2023, 8, 28)))
                .withStep(new CandidateStep(AdmissionStep.BRANCH_RESOLUTION, LocalDate.of(2023, 9, 5), "05-NQ/CB", null,
                        null, null, null))
                .withStep(new CandidateStep(AdmissionStep.COMMITTEE_RESOLUTION, LocalDate.of(2023, 9, 20), "41-NQ/ĐU",
                        null, null, null, null))
                .withStep(new CandidateStep(AdmissionStep.DECISION, LocalDate.of(2023, 10, 2), "125-QĐ/HU",
                        "Ban Thường vụ Huyện ủy Tiên Yên", null, null, null));
    }

    @Test
    void ceremonyBringsTheCandidateIntoTheRegisterWithEverythingCarriedOver() {
        Candidate saved = admissions.save(readyForCeremony(admissions.save(
                Candidate.create(napan, person(), "Trường THCS Hải Yến"))));
        database.close();
        open();

        long memberId = admissions.recordCeremony(saved.id(), LocalDate.of(2023, 10, 20), CLERK);

        MemberFile file = register.loadMember(memberId);
        Member m = file.member();
        assertEquals("Đinh Thị Thu", m.name().full());
        assertEquals(LocalDate.of(1997, 8, 15), m.birthDate());
        assertEquals("Tày", m.ethnicity());
        assertEquals("022197001234", m.ids().citizenId());
        assertEquals("xã Hải Yến, huyện Tiên Yên", m.profile().birthPlace());
        assertEquals("thôn Nà Pàn, xã Hải Yến", m.profile().permanentAddress());
        assertEquals("Giáo viên", m.profile().occupation());
        assertEquals(PoliticalTheory.ELEMENTARY, m.profile().politicalTheory());
        assertEquals(LocalDate.of(2012, 3, 26), m.profile().youthUnionDate());
        assertEquals("Nông Văn Bảy, Hoàng Thị Nhung", m.profile().introducers());

        MembershipEvent admitted = file.history().events().get(0);
        assertEquals(MembershipEventType.ADMITTED, admitted.type());
        assertEquals(LocalDate.of(2023, 10, 20), admitted.date());
        assertEquals(napan, admitted.branchId());
        assertEquals(new Decision("125-QĐ/HU", LocalDate.of(2023, 10, 2), "Ban Thường vụ Huyện ủy Tiên Yên"),
                admitted.decision());
        assertEquals(CLERK, admitted.recordedBy());
        assertEquals(MemberStatus.PROBATIONARY, file.history().stateOn(LocalDate.of(2023, 10, 20)).status());

        Candidate after = admissions.load(saved.id());
        assertEquals(memberId, after.memberId());
        assertEquals(LocalDate.of(2023, 10, 20), after.step(AdmissionStep.CEREMONY).orElseThrow().date());
        RecordRejected twice = assertThrows(RecordRejected.class,
                () -> admissions.recordCeremony(saved.id(), LocalDate.of(2023, 10, 21), CLERK));
        assertEquals("Đinh Thị Thu đã được kết nạp.", twice.getMessage());
    }

    @Test
    void theDueListFollowsTheCandidateFromBranchResolutionToRecognition() {
        Candidate saved = admissions.save(readyForCeremony(Candidate.create(napan, person(), null)));
        assertEquals(List.of("ceremonyDue 2023-11-13"), kinds(LocalDate.of(2023, 10, 2)));

        long memberId = admissions.recordCeremony(saved.id(), LocalDate.of(2023, 10, 20), CLERK);
        assertEquals(List.of(), kinds(LocalDate.of(2023, 10, 20)));
        assertEquals(List.of("probationEnds 2024-10-20"), kinds(LocalDate.of(2024, 8, 21)));
        assertEquals(List.of("probationEnds 2024-10-20", "recognitionDue 2024-11-29"), kinds(LocalDate.of(2024, 10, 20)));
        assertTrue(due.dueOn(LocalDate.of(2025, 6, 1)).stream().allMatch(DueItem::overdue), "still listed, overdue");

        // recognised late: official from the end of the 12 months, not from the decision
        MembershipEvent recognised = admissions.recognise(memberId,
                new Decision("210-QĐ/HU", LocalDate.of(2025, 6, 10), "Ban Thường vụ Huyện ủy"), null, CLERK);
        assertEquals(LocalDate.of(2024, 10, 20), recognised.date());
        MemberFile file = register.loadMember(memberId);
        assertEquals(MemberStatus.OFFICIAL, file.history().stateOn(LocalDate.of(2024, 10, 20)).status());
        assertEquals("210-QĐ/HU", file.history().events().get(1).decision().number());
        assertEquals(List.of(), kinds(LocalDate.of(2025, 6, 10)));
    }

    private List<String> kinds(LocalDate asOf) {
        return due.dueOn(asOf).stream().map(i -> i.kind().key() + " " + i.dueDate()).toList();
    }

    @Test
    void anImportedProbationaryMemberHasProbationItems() {
        long imported = member("Lục Văn Hải", LocalDate.of(1990, 1, 1), LocalDate.of(2024, 2, 29), false);
        List<DueItem> items = due.dueOn(LocalDate.of(2025, 3, 1));
        assertEquals(List.of(DueKind.PROBATION_ENDS, DueKind.RECOGNITION_DUE), items.stream().map(DueItem::kind).toList());
        assertEquals(LocalDate.of(2025, 2, 28), items.get(0).dueDate(), "12 months from 29/02/2024");
        assertEquals("Lục Văn Hải", items.get(0).person().full());
        assertEquals("Chi bộ thôn Nà Pàn", items.get(0).branch());
        assertEquals(imported, items.get(0).memberId());
    }

    @Test
    void recognitionBeforeTheEndOfProbationIsRefused() {
        long probationary = member("Lục Văn Hải", LocalDate.of(1990, 1, 1), LocalDate.of(2024, 2, 29), false);
        RecordRejected refused = assertThrows(RecordRejected.class, () -> admissions.recognise(probationary,
                new Decision("1", LocalDate.of(2025, 2, 27), null), null, CLERK));
        assertEquals("Quyết định ngày 27/02/2025 trước khi hết 12 tháng dự bị (28/02/2025): chưa thể công nhận chính thức.",
                refused.getMessage());
        assertEquals(1, register.loadMember(probationary).history().events().size());
    }

    @Test
    void aMemberNotRecognisedIsRemovedAndLeavesTheDueList() {
        long probationary = member("Lục Văn Hải", LocalDate.of(1990, 1, 1), LocalDate.of(2024, 2, 29), false);
        MembershipEvent removed = admissions.removeNotRecognised(probationary,
                new Decision("15-QĐ/ĐU", LocalDate.of(2025, 3, 20), "Đảng ủy xã Hải Yến"), "", CLERK);
        assertEquals(MembershipEventType.REMOVED, removed.type());
        assertEquals(LocalDate.of(2025, 3, 20), removed.date());
        assertEquals("Không được công nhận đảng viên chính thức", removed.note());
        assertEquals(MemberStatus.REMOVED,
                register.loadMember(probationary).history().stateOn(LocalDate.of(2025, 3, 20)).status());
        assertEquals(List.of(), due.dueOn(LocalDate.of(2025, 3, 20)));
    }

    @Test
    void aCeremonyThatCannotBeRecordedLeavesNothingHalfWritten() {
        Candidate saved = admissions.save(readyForCeremony(Candidate.create(school, person(), null)));
        new BranchService(database).dissolve(school, LocalDate.of(2023, 10, 15));
        int before = register.loadRegister().size();

        RecordRejected refused = assertThrows(RecordRejected.class,
                () -> admissions.recordCeremony(saved.id(), LocalDate.of(2023, 10, 20), CLERK));

        assertTrue(refused.getMessage().startsWith("Chi bộ Trường THCS không hoạt động ngày 20/10/2023"), refused.getMessage());
        assertEquals(before, register.loadRegister().size(), "no member created");
        Candidate still = admissions.load(saved.id());
        assertEquals(null, still.memberId());
        assertTrue(still.step(AdmissionStep.CEREMONY).isEmpty());
    }

    @Test
    void aCeremonyNeedsTheAdmissionDecision() {
        Candidate saved = admissions.save(Candidate.create(napan, person(), null));
        RecordRejected refused = assertThrows(RecordRejected.class,
                () -> admissions.recordCeremony(saved.id(), LocalDate.of(2023, 10, 20), CLERK));
        assertEquals("Chưa có quyết định kết nạp Đinh Thị Thu: ghi quyết định trước khi ghi lễ kết nạp.", refused.getMessage());
    }

    @Test
    void aCandidateWhoIsAlreadyAMemberIsSentToReadmission() {
        Member sameCitizen = new Member(null, 0, PersonName.parse("Đinh Thị Thu"), Sex.FEMALE, LocalDate.of(1997, 8, 15),
                "Tày", null, new MemberIds(null, null, "022197001234"), null);
        register.createMember(sameCitizen, List.of(MembershipEvent.of(MembershipEventType.ADMITTED,
                LocalDate.of(2019, 1, 5), napan)), CLERK);
        RecordRejected refused = assertThrows(RecordRejected.class,
                () -> admissions.save(Candidate.create(napan, person(), null)));
        assertEquals("citizenId", refused.field());
        assertTrue(refused.getMessage().contains("Kết nạp lại"), refused.getMessage());
    }

    @Test
    void readmissionKeepsOnePersonRecord() {
        long former = register.createMember(person(), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2018, 3, 2), napan),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2019, 3, 2), null),
                MembershipEvent.of(MembershipEventType.REMOVED, LocalDate.of(2020, 6, 1), null)), CLERK).member().id();
        int people = register.loadRegister().size();

        Candidate dossier = admissions.startReadmission(former, school, "Trường THCS Hải Yến");
        assertEquals("Đinh Thị Thu", dossier.person().name().full());
        assertEquals("xã Hải Yến, huyện Tiên Yên", dossier.person().profile().birthPlace(), "the form starts filled in");
        admissions.save(readyForCeremony(dossier));
        long memberId = admissions.recordCeremony(dossier.id(), LocalDate.of(2023, 10, 20), CLERK);

        assertEquals(former, memberId);
        assertEquals(people, register.loadRegister().size(), "no duplicate person");
        MemberFile file = register.loadMember(former);
        MembershipEvent last = file.history().events().get(file.history().events().size() - 1);
        assertEquals(MembershipEventType.READMITTED, last.type());
        assertEquals(school, last.branchId());
        assertEquals(MemberStatus.PROBATIONARY, file.history().stateOn(LocalDate.of(2023, 10, 20)).status());

        RecordRejected again = assertThrows(RecordRejected.class, () -> admissions.startReadmission(former, school, null));
        assertTrue(again.getMessage().contains("không phải người đã ra khỏi Đảng"), again.getMessage());
    }

    @Test
    void theChecklistShowsWhatIsMissingForWhom() {
        admissions.save(Candidate.create(napan, person(), null)
                .withStep(new CandidateStep(AdmissionStep.FIRST_INTRODUCER, LocalDate.of(2024, 3, 1), null, null, null,
                        member("Hà Thị Lan", LocalDate.of(1990, 1, 1), LocalDate.of(2023, 9, 2), false), null)));
        List<DossierStatus> checklist = admissions.checklist(LocalDate.of(2024, 3, 2));
        assertEquals(1, checklist.size());
        assertEquals("Đinh Thị Thu", checklist.get(0).candidate().person().name().full());
        assertTrue(checklist.get(0).issues().stream().anyMatch(i -> i.message().equals(
                "Hà Thị Lan là đảng viên dự bị ngày 01/03/2024: người giới thiệu phải là đảng viên chính thức.")));
        assertTrue(checklist.get(0).issues().stream().anyMatch(i -> i.message().equals("Chưa có: Đơn xin vào Đảng.")));
    }

    @Test
    void contradictoryDatesAreRefusedAndNothingIsSaved() {
        Candidate wrong = Candidate.create(napan, person(), null)
                .withStep(step(AdmissionStep.BRANCH_RESOLUTION, LocalDate.of(2024, 3, 1)))
                .withStep(step(AdmissionStep.DECISION, LocalDate.of(2024, 2, 1)));
        RecordRejected refused = assertThrows(RecordRejected.class, () -> admissions.save(wrong));
        assertEquals("Quyết định kết nạp ngày 01/02/2024 trước nghị quyết chi bộ đề nghị kết nạp ngày 01/03/2024.",
                refused.getMessage());
        assertEquals(List.of(), admissions.candidates());
    }
}
