package vn.dangvu.model.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Holidays;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;

/** The dossier checklist (what is missing for whom) and the dates that cannot be saved. */
class AdmissionDossierTest {

    private static final LocalDate BORN = LocalDate.of(1998, 6, 1);

    private static LocalDate date(String ddMMyyyy) {
        return DateFormats.parse(ddMMyyyy).orElseThrow();
    }

    /** Official since 2010. */
    private static final RegisterEntry OFFICIAL = entry(11, "Nông Văn Bảy", "10/01/2009", "10/01/2010");
    /** Probationary until 01/09/2024. */
    private static final RegisterEntry PROBATIONARY = entry(12, "Hà Thị Lan", "01/09/2023", null);

    private static RegisterEntry entry(long id, String name, String admitted, String official) {
        List<MembershipEvent> events = official == null
                ? List.of(MembershipEvent.of(MembershipEventType.ADMITTED, date(admitted), 1L).withId(id * 10))
                : List.of(MembershipEvent.of(MembershipEventType.ADMITTED, date(admitted), 1L).withId(id * 10),
                        MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, date(official), null).withId(id * 10 + 1));
        return RegisterEntry.of(id, PersonName.parse(name), Sex.MALE, LocalDate.of(1970, 1, 1), "Kinh", null, null,
                MembershipHistory.of(events));
    }

    private static final Map<Long, RegisterEntry> MEMBERS = Map.of(11L, OFFICIAL, 12L, PROBATIONARY);

    private static Candidate candidate(LocalDate born, CandidateStep... steps) {
        Candidate c = Candidate.create(1, new Member(null, 0, PersonName.parse("Lý Thị Hoa"), Sex.FEMALE, born, "Dao",
                null, null, null), "Trường Mầm non");
        for (CandidateStep step : steps) {
            c = c.withStep(step);
        }
        return c;
    }

    private static CandidateStep step(AdmissionStep step, String date) {
        return CandidateStep.on(step, date(date));
    }

    private static CandidateStep introducer(AdmissionStep step, String date, long memberId) {
        return new CandidateStep(step, date(date), null, null, null, memberId, null);
    }

    private static List<String> checklist(Candidate c, String asOf) {
        return AdmissionDossier.checklist(c, date(asOf), Holidays.DEADLINES, MEMBERS).stream()
                .map(DossierIssue::message).toList();
    }

    @Test
    void aNewDossierListsEveryPaperStillMissing() {
        assertEquals(List.of(
                "Chưa có: Giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng.",
                "Chưa có: Đơn xin vào Đảng.",
                "Chưa có: Lý lịch của người xin vào Đảng (Mẫu 2-KNĐ).",
                "Chưa có: Thẩm tra lý lịch.",
                "Chưa có: Nhận xét của đoàn thể chính trị - xã hội.",
                "Chưa có: Nhận xét của chi ủy nơi cư trú.",
                "Chưa có: Nghị quyết chi bộ đề nghị kết nạp.",
                "Chưa có: Nghị quyết của đảng ủy cơ sở.",
                "Chưa có: Quyết định kết nạp.",
                "Chưa đủ người giới thiệu: cần hai đảng viên chính thức, hoặc Đoàn TNCS Hồ Chí Minh / Công đoàn và một"
                        + " đảng viên chính thức."), checklist(candidate(BORN), "01/03/2024"));
    }

    @Test
    void aCompleteDossierHasNothingMissing() {
        Candidate complete = candidate(BORN,
                step(AdmissionStep.CLASS_CERTIFICATE, "10/05/2023"), step(AdmissionStep.APPLICATION, "01/06/2023"),
                step(AdmissionStep.BIOGRAPHY, "15/06/2023"), step(AdmissionStep.BIOGRAPHY_VERIFIED, "30/08/2023"),
                step(AdmissionStep.UNION_INTRODUCTION, "01/09/2023"),
                introducer(AdmissionStep.FIRST_INTRODUCER, "01/09/2023", 11),
                step(AdmissionStep.MASS_ORGANISATION_COMMENTS, "05/09/2023"), step(AdmissionStep.RESIDENCE_COMMENTS, "05/09/2023"),
                step(AdmissionStep.BRANCH_RESOLUTION, "15/09/2023"), step(AdmissionStep.COMMITTEE_RESOLUTION, "20/09/2023"),
                new CandidateStep(AdmissionStep.DECISION, date("02/10/2023"), "125-QĐ/ĐU", "Đảng ủy xã", null, null, null));
        assertEquals(List.of(), checklist(complete, "03/10/2023"));
    }

    @ParameterizedTest(name = "member {0} introducing on {1}")
    @CsvSource(delimiter = '|', value = {
        "11 | 01/03/2024 | ",
        "12 | 01/03/2024 | Hà Thị Lan là đảng viên dự bị ngày 01/03/2024: người giới thiệu phải là đảng viên chính thức.",
        "12 | 01/06/2023 | Hà Thị Lan không phải đảng viên của Đảng bộ ngày 01/06/2023 (chưa sinh hoạt tại đảng bộ).",
    })
    void introducersMustBeOfficialOnTheDayTheyIntroduce(long memberId, String day, String expected) {
        Candidate c = candidate(BORN, introducer(AdmissionStep.FIRST_INTRODUCER, day, memberId));
        List<String> aboutIntroducer = AdmissionDossier.checklist(c, date("03/09/2024"), Holidays.DEADLINES, MEMBERS)
                .stream().filter(i -> i.message().startsWith(MEMBERS.get(memberId).name().full()))
                .map(DossierIssue::message).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), aboutIntroducer);
    }

    @Test
    void ageCertificateAndIntroductionsAreJudgedOnTheDayOfTheBranchResolution() {
        Candidate late = candidate(LocalDate.of(1964, 1, 15),
                step(AdmissionStep.CLASS_CERTIFICATE, "10/05/2019"),
                introducer(AdmissionStep.FIRST_INTRODUCER, "01/03/2023", 11),
                step(AdmissionStep.BRANCH_RESOLUTION, "15/05/2024"));
        List<String> messages = checklist(late, "01/01/2026");
        assertTrue(messages.contains("Tuổi: Ngày 15/05/2024 đã 60 tuổi 4 tháng: quá 60 tuổi (tính theo tháng), phải được"
                + " cấp ủy cấp trên đồng ý."), messages.toString());
        assertTrue(messages.contains("Giấy chứng nhận lớp bồi dưỡng hết hạn ngày 09/05/2024: phải học lại lớp bồi dưỡng"
                + " nhận thức về Đảng."), messages.toString());
        // introduced 01/03/2023: the 12 months end on 01/03/2024, before the branch resolution of 15/05/2024
        assertTrue(messages.contains("Đảng viên giới thiệu thứ nhất ngày 01/03/2023 đã quá 12 tháng (hết ngày 01/03/2024):"
                + " phải giới thiệu lại."), messages.toString());
    }

    @ParameterizedTest(name = "{0}, considered {1}")
    @CsvSource(delimiter = '|', value = {
        // introductions redone in April 2024, comments of 2023 left: the mass organisation's (10/03/2023,
        // 12 months end 10/03/2024) is too old on 15/04/2024; the residence branch's (20/04/2023 → 20/04/2024) is not
        "FIRST_INTRODUCER 01/04/2024, SECOND_INTRODUCER 02/04/2024, MASS_ORGANISATION_COMMENTS 10/03/2023, "
                + "RESIDENCE_COMMENTS 20/04/2023 | 15/04/2024 | Nhận xét của đoàn thể chính trị - xã hội ngày 10/03/2023"
                + " đã quá 12 tháng (hết ngày 10/03/2024): phải nhận xét lại.",
        // considered on 21/04/2024 the residence branch's comments are too old as well
        "FIRST_INTRODUCER 01/04/2024, SECOND_INTRODUCER 02/04/2024, MASS_ORGANISATION_COMMENTS 10/03/2023, "
                + "RESIDENCE_COMMENTS 20/04/2023 | 21/04/2024 | Nhận xét của đoàn thể chính trị - xã hội ngày 10/03/2023"
                + " đã quá 12 tháng (hết ngày 10/03/2024): phải nhận xét lại.; Nhận xét của chi ủy nơi cư trú ngày 20/04/2023"
                + " đã quá 12 tháng (hết ngày 20/04/2024): phải nhận xét lại.",
        // on the day the 12 months end a comment still counts: 10/03/2023 considered on 10/03/2024
        "MASS_ORGANISATION_COMMENTS 10/03/2023 | 10/03/2024 | ",
        // the union's introduction of 29/02/2024: 12 months end on 28/02/2025 (no 29/02 in 2025)
        "UNION_INTRODUCTION 29/02/2024 | 28/02/2025 | ",
        "UNION_INTRODUCTION 29/02/2024 | 01/03/2025 | Giới thiệu của Đoàn TNCS Hồ Chí Minh hoặc Công đoàn ngày 29/02/2024"
                + " đã quá 12 tháng (hết ngày 28/02/2025): phải giới thiệu lại.",
    })
    void introductionsAndCommentsOlderThanTwelveMonthsAreRedoneEachOnItsOwn(String steps, String considered,
                                                                          String expected) {
        Candidate c = candidate(BORN);
        for (String text : steps.split(", ")) {
            String[] words = text.split(" ");
            AdmissionStep kind = AdmissionStep.valueOf(words[0]);
            c = c.withStep(kind.isIntroducer() ? introducer(kind, words[1], 11) : step(kind, words[1]));
        }
        c = c.withStep(step(AdmissionStep.BRANCH_RESOLUTION, considered));
        List<String> stale = checklist(c, considered).stream().filter(m -> m.contains("quá 12 tháng")).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split("; ")), stale);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DECISION 01/02/2024, BRANCH_RESOLUTION 02/03/2024 | Nghị quyết chi bộ đề nghị kết nạp ngày 02/03/2024 trước đơn"
                + " xin vào đảng ngày",
        "BRANCH_RESOLUTION 02/01/2024, COMMITTEE_RESOLUTION 01/01/2024 | Nghị quyết của đảng ủy cơ sở ngày 01/01/2024 trước"
                + " nghị quyết chi bộ đề nghị kết nạp ngày 02/01/2024.",
        "BRANCH_RESOLUTION 02/01/2024, DECISION 01/12/2023 | Quyết định kết nạp ngày 01/12/2023 trước nghị quyết chi bộ đề"
                + " nghị kết nạp ngày 02/01/2024.",
        "BRANCH_RESOLUTION 02/01/2024, FIRST_INTRODUCER 03/01/2024 | Đảng viên giới thiệu thứ nhất ngày 03/01/2024 sau nghị"
                + " quyết chi bộ ngày 02/01/2024.",
        "APPLICATION 01/01/1990 | Đơn xin vào Đảng ngày 01/01/1990 không thể trước ngày sinh.",
    })
    void contradictoryDatesCannotBeSaved(String steps, String expected) {
        Candidate c = candidate(BORN);
        if (steps.startsWith("DECISION 01/02/2024")) {
            c = c.withStep(step(AdmissionStep.APPLICATION, "05/03/2024"));
        }
        for (String s : steps.split(", ")) {
            String[] words = s.split(" ");
            AdmissionStep kind = AdmissionStep.valueOf(words[0]);
            c = c.withStep(kind.isIntroducer() ? introducer(kind, words[1], 11) : step(kind, words[1]));
        }
        List<String> problems = AdmissionDossier.contradictions(c);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), problems.toString());
    }

    @Test
    void theSameMemberCannotIntroduceTwice() {
        Candidate c = candidate(BORN, introducer(AdmissionStep.FIRST_INTRODUCER, "01/03/2024", 11),
                introducer(AdmissionStep.SECOND_INTRODUCER, "01/03/2024", 11));
        assertEquals(List.of("Hai người giới thiệu phải là hai đảng viên khác nhau."), AdmissionDossier.contradictions(c));
    }
}
