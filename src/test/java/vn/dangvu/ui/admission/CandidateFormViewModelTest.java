package vn.dangvu.ui.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;
import vn.dangvu.model.admission.AdmissionStep;
import vn.dangvu.model.admission.Candidate;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** The candidate's dossier form: validation, live checklist and deadlines, save and ceremony. */
class CandidateFormViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 12, 1);

    @TempDir
    Path folder;

    private Database database;
    private Services services;
    private Branch napan;
    private RegisterEntry official;
    private RegisterEntry probationary;
    private CandidateFormViewModel form;
    private Long saved;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null);
        RegisterService register = new RegisterService(database);
        official = entry(register, "Nông Văn Bảy", LocalDate.of(2000, 5, 19), true);
        probationary = entry(register, "Hà Thị Lan", LocalDate.of(2023, 3, 2), false);
        services = TestServices.on(database);
        form = newForm();
        form.startNew(List.of(napan), List.of(official, probationary), napan);
    }

    private RegisterEntry entry(RegisterService register, String name, LocalDate admitted, boolean recognised) {
        List<MembershipEvent> events = recognised
                ? List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, napan.id()),
                        MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, admitted.plusYears(1), null))
                : List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, napan.id()));
        long id = register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1975, 1, 1),
                "Kinh", null, null, null), events, "test").member().id();
        return register.loadEntry(id);
    }

    private CandidateFormViewModel newForm() {
        return new CandidateFormViewModel(services.admissions(), new SynchronousBackground(), new ScriptedDialogs(),
                TestServices.USER, () -> TODAY);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void fillPerson() {
        form.person.familyName.set("Đinh");
        form.person.middleName.set("Thị");
        form.person.givenName.set("Thu");
        form.person.sex.set(Sex.FEMALE);
        form.person.birthDate.set("15/8/1997");
        form.person.ethnicity.set("Tày");
        form.person.birthPlace.set("xã Hải Yến");
        form.person.occupation.set("Giáo viên");
        form.workplace.set("Trường THCS Hải Yến");
        form.person.youthUnionDate.set("26/03/2012");
    }

    private void step(AdmissionStep step, String date) {
        form.step(step).dateProperty().set(date);
    }

    @Test
    void savesTheDossierWithItsSteps() {
        fillPerson();
        step(AdmissionStep.CLASS_CERTIFICATE, "20/04/2023");
        form.step(AdmissionStep.CLASS_CERTIFICATE).numberProperty().set("0125");
        step(AdmissionStep.FIRST_INTRODUCER, "25/08/2023");
        form.step(AdmissionStep.FIRST_INTRODUCER).introducerProperty().set(official);
        step(AdmissionStep.BRANCH_RESOLUTION, "05/09/2023");

        form.save(id -> saved = id);

        assertEquals(List.of(), List.copyOf(form.errors().values()));
        Candidate stored = services.admissions().load(saved);
        assertEquals("Đinh Thị Thu", stored.person().name().full());
        assertEquals("Trường THCS Hải Yến", stored.workplace());
        assertEquals(LocalDate.of(2012, 3, 26), stored.person().profile().youthUnionDate());
        assertEquals("0125", stored.step(AdmissionStep.CLASS_CERTIFICATE).orElseThrow().number());
        assertEquals(official.id(), stored.step(AdmissionStep.FIRST_INTRODUCER).orElseThrow().introducerId());
        assertEquals(LocalDate.of(2023, 9, 5), stored.step(AdmissionStep.BRANCH_RESOLUTION).orElseThrow().date());

        CandidateFormViewModel reopened = newForm();
        reopened.edit(stored, List.of(napan), List.of(official, probationary));
        assertEquals("05/09/2023", reopened.step(AdmissionStep.BRANCH_RESOLUTION).dateProperty().get());
        assertEquals(official, reopened.step(AdmissionStep.FIRST_INTRODUCER).introducerProperty().get());
        assertEquals("Hồ sơ quần chúng: Đinh Thị Thu", reopened.title());
    }

    @Test
    void saysWhatIsWrongAndSavesNothing() {
        form.person.givenName.set("Thu");
        form.person.birthDate.set("31/02/1997");
        step(AdmissionStep.BRANCH_RESOLUTION, "5/9/2023x");
        step(AdmissionStep.DECISION, "02/01/2024");
        step(AdmissionStep.SECOND_INTRODUCER, "25/08/2023");

        form.save(id -> saved = id);

        assertNull(saved);
        assertEquals("Nhập họ.", form.errors().get("familyName"));
        assertEquals("Chọn giới tính.", form.errors().get("sex"));
        assertEquals("Ngày sinh \"31/02/1997\" không đúng dạng dd/MM/yyyy.", form.errors().get("birthDate"));
        assertEquals("Nghị quyết chi bộ đề nghị kết nạp — ngày nghị quyết \"5/9/2023x\" không đúng dạng dd/MM/yyyy.",
                form.errors().get("BRANCH_RESOLUTION-date"));
        assertEquals("Quyết định kết nạp — ngày quyết định 02/01/2024 ở tương lai.", form.errors().get("DECISION-date"));
        assertEquals("Đảng viên giới thiệu thứ hai: chọn đảng viên giới thiệu.",
                form.errors().get("SECOND_INTRODUCER-introducer"));
        assertEquals(List.of(), services.admissions().candidates());
    }

    @Test
    void contradictoryDatesAreShownBeforeSaving() {
        fillPerson();
        step(AdmissionStep.BRANCH_RESOLUTION, "05/09/2023");
        step(AdmissionStep.COMMITTEE_RESOLUTION, "01/09/2023");
        form.save(id -> saved = id);
        assertNull(saved);
        assertEquals("Nghị quyết của đảng ủy cơ sở ngày 01/09/2023 trước nghị quyết chi bộ đề nghị kết nạp ngày 05/09/2023.",
                form.errors().get("form"));
    }

    @Test
    void theChecklistAndTheDeadlinesFollowWhatIsTyped() {
        assertEquals(List.of("Nhập ngày sinh (dd/MM/yyyy) để kiểm tra hồ sơ."), List.copyOf(form.checklist()));
        fillPerson();
        step(AdmissionStep.FIRST_INTRODUCER, "25/08/2023");
        form.step(AdmissionStep.FIRST_INTRODUCER).introducerProperty().set(probationary);
        assertTrue(form.checklist().contains(
                "Hà Thị Lan là đảng viên dự bị ngày 25/08/2023: người giới thiệu phải là đảng viên chính thức."),
                form.checklist().toString());
        assertTrue(form.checklist().contains("Chưa có: Đơn xin vào Đảng."));

        step(AdmissionStep.BRANCH_RESOLUTION, "02/01/2023"); // Tết Quý Mão 20–26/01 is skipped
        step(AdmissionStep.DECISION, "01/11/2023");
        assertEquals(List.of("Hạn ra quyết định kết nạp (60 ngày làm việc sau nghị quyết chi bộ): 03/04/2023",
                "Hạn tổ chức lễ kết nạp (30 ngày làm việc sau quyết định): 13/12/2023"), List.copyOf(form.deadlines()));

        form.person.birthDate.set("15/08/2010");
        assertTrue(form.checklist().contains("Tuổi: Ngày 02/01/2023 mới 12 tuổi 4 tháng: chưa đủ 18 tuổi (tính theo tháng)."),
                form.checklist().toString());
    }

    @Test
    void aReadmissionDossierKeepsWhatTheFormDoesNotShow() {
        MemberProfile.Builder profile = new MemberProfile.Builder();
        profile.academicTitle = "Thạc sĩ";
        profile.armyEnlistedOn = LocalDate.of(2015, 2, 1);
        profile.awards = "Giấy khen 2019";
        long former = services.register().createMember(new Member(null, 0, PersonName.parse("Đinh Thị Thu"), Sex.FEMALE,
                LocalDate.of(1993, 8, 15), "Tày", null, new MemberIds(null, "012345ABC", null), profile.build()),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2018, 3, 2), napan.id()),
                        MembershipEvent.of(MembershipEventType.REMOVED, LocalDate.of(2019, 6, 1), null)),
                "test").member().id();
        Candidate dossier = services.admissions().startReadmission(former, napan.id(), null);
        form.edit(dossier, List.of(napan), List.of(official, probationary));
        form.person.occupation.set("Giáo viên");

        form.save(id -> saved = id);

        Member person = services.admissions().load(saved).person();
        assertEquals("Giáo viên", person.profile().occupation());
        assertEquals("012345ABC", person.ids().profileNumber());
        assertEquals("Thạc sĩ", person.profile().academicTitle());
        assertEquals(LocalDate.of(2015, 2, 1), person.profile().armyEnlistedOn());
        assertEquals("Giấy khen 2019", person.profile().awards());
    }

    @Test
    void theCeremonyBringsTheCandidateIntoTheRegister() {
        fillPerson();
        step(AdmissionStep.BRANCH_RESOLUTION, "05/09/2023");
        step(AdmissionStep.DECISION, "02/10/2023");
        form.step(AdmissionStep.DECISION).numberProperty().set("125-QĐ/HU");
        Long[] admitted = {null};

        form.recordCeremony(id -> admitted[0] = id);
        assertEquals("Ngày lễ kết nạp: chưa nhập (dd/MM/yyyy).", form.errors().get("ceremonyDate"));

        form.ceremonyDate.set("20/10/2023");
        form.recordCeremony(id -> admitted[0] = id);

        assertEquals(List.of(), List.copyOf(form.errors().values()));
        assertTrue(form.admittedProperty().get());
        var file = services.register().loadMember(admitted[0]);
        assertEquals("Đinh Thị Thu", file.member().name().full());
        assertEquals("Giáo viên", file.member().profile().occupation());
        assertEquals(MemberStatus.PROBATIONARY, file.history().stateOn(TODAY).status());
        assertEquals("125-QĐ/HU", file.history().events().get(0).decision().number());
        assertEquals(admitted[0], services.admissions().load(form.candidateId().orElseThrow()).memberId());
    }
}
