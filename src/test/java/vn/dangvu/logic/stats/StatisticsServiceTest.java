package vn.dangvu.logic.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.TestDatabase;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.BranchRating;
import vn.dangvu.model.rating.MemberRating;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.stats.BranchLine;
import vn.dangvu.model.stats.ChangeLine;
import vn.dangvu.model.stats.Figure;
import vn.dangvu.model.stats.MembershipLine;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;
import vn.dangvu.model.stats.TheoryLevel;

/** The statistics of a small committee recorded through the services into a real H2 file and a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class StatisticsServiceTest {

    @Parameter
    TestDatabase kind;


    private static final String CLERK = "Văn phòng Đảng ủy";

    @TempDir
    Path dataFolder;

    private Database database;
    private RegisterService register;
    private long naPan;
    private long school;
    private long veteran;
    private long newcomer;
    private long fromLangSon;
    private long leaver;
    private long removedLastYear;
    private long exempt;

    @BeforeEach
    void recordACommittee() {
        database = kind.fresh(dataFolder);
        register = new RegisterService(database);
        new CommitteeService(database).save(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên"));
        BranchService branches = new BranchService(database);
        naPan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, day("2000-01-01")).id();
        school = branches.create("Chi bộ Trường Tiểu học", BranchKind.SCHOOL, day("2000-01-01")).id();
        branches.rename(naPan, "Chi bộ thôn Nà Pàn Mới", day("2024-07-01"));

        veteran = create("Hoàng Thị Mai", Sex.FEMALE, "Tày", PoliticalTheory.INTERMEDIATE, official(naPan));
        newcomer = create("Nguyễn Văn An", Sex.MALE, "Kinh", PoliticalTheory.NONE,
                List.of(event(MembershipEventType.ADMITTED, "2024-03-01", school)));
        List<MembershipEvent> transferred = new ArrayList<>(List.of(
                event(MembershipEventType.ADMITTED, "2015-02-01", null),
                event(MembershipEventType.RECOGNIZED_OFFICIAL, "2016-02-01", null),
                event(MembershipEventType.TRANSFERRED_IN, "2024-05-01", naPan)
                        .withOtherOrganisation(new OtherOrganisation("Đảng bộ xã Đình Lập", "Lạng Sơn", "Đình Lập"))));
        fromLangSon = create("Lý Văn Bình", Sex.MALE, "Nùng", PoliticalTheory.ELEMENTARY, transferred);
        leaver = create("Trần Văn Cường", Sex.MALE, "Kinh", PoliticalTheory.NONE, official(naPan));
        register.recordEvent(leaver, event(MembershipEventType.TRANSFERRED_OUT, "2024-06-01", null)
                .withOtherOrganisation(new OtherOrganisation("Đảng bộ xã Đông Ngũ", "Quảng Ninh", "Tiên Yên")), CLERK);
        removedLastYear = create("Phạm Văn Dũng", Sex.MALE, "Kinh", PoliticalTheory.NONE, official(naPan));
        register.recordEvent(removedLastYear, event(MembershipEventType.REMOVED, "2023-09-01", null), CLERK);
        exempt = create("Đặng Thị Hoa", Sex.FEMALE, "Kinh", PoliticalTheory.BACHELOR, official(school));
        register.recordEvent(exempt, event(MembershipEventType.EXEMPTED, "2024-02-01", null), CLERK);

        database.write(r -> {
            r.ratings().saveMemberRatings(List.of(new MemberRating(veteran, 2024, RatingGrade.GOOD, null, null),
                    new MemberRating(veteran, 2023, RatingGrade.EXCELLENT, null, null)), "test");
            r.ratings().saveBranchRatings(List.of(new BranchRating(naPan, 2024, RatingGrade.EXCELLENT, null)), "test");
            return null;
        });
    }

    @AfterEach
    void close() {
        if (database != null) { // null when the PostgreSQL run is skipped
            database.close();
        }
    }

    @Test
    void yearReportFromTheDatabase() {
        StatisticsReport report = new StatisticsService(database).report(StatisticsPeriod.year(2024));

        assertEquals("Đảng bộ xã Hải Yến", report.committee());
        assertIds(report.change().get(ChangeLine.OPENING), veteran, leaver, exempt);
        assertIds(report.change().get(ChangeLine.ADMITTED), newcomer);
        assertIds(report.change().get(ChangeLine.TRANSFERRED_IN), fromLangSon);
        assertIds(report.change().get(ChangeLine.TRANSFERRED_IN_FROM_OTHER_PROVINCE), fromLangSon);
        // to another commune of the same district (Tiên Yên, Quảng Ninh): neither "of which" line
        assertIds(report.change().get(ChangeLine.TRANSFERRED_OUT), leaver);
        assertIds(report.change().get(ChangeLine.TRANSFERRED_OUT_TO_OTHER_DISTRICT));
        assertIds(report.change().get(ChangeLine.TRANSFERRED_OUT_TO_OTHER_PROVINCE));
        assertIds(report.change().get(ChangeLine.CLOSING), veteran, newcomer, fromLangSon, exempt);
        assertTrue(report.change().balanced());
        assertEquals(1, report.change().get(ChangeLine.REMOVED).lastYear());

        assertIds(report.members().get(MembershipLine.ETHNIC_MINORITY), veteran, fromLangSon);
        assertIds(report.members().get(MembershipLine.FEMALE), veteran, exempt);
        assertIds(report.members().get(MembershipLine.EXEMPT), exempt);
        assertIds(report.members().politicalTheory().get(TheoryLevel.ADVANCED), exempt);

        List<BranchLine> branches = report.branches();
        assertEquals(List.of("Chi bộ thôn Nà Pàn Mới", "Chi bộ Trường Tiểu học"),
                branches.stream().map(BranchLine::name).toList());
        assertIds(branches.get(0).total(), veteran, fromLangSon);
        assertIds(branches.get(1).probationary(), newcomer);

        assertIds(report.ratings().members().get(RatingGrade.GOOD), veteran);
        assertEquals(1, report.ratings().members().get(RatingGrade.EXCELLENT).lastYear());
        assertIds(report.ratings().membersNotRated(), newcomer, fromLangSon, exempt);
        assertIds(report.ratings().branches().get(RatingGrade.EXCELLENT), naPan);
        assertIds(report.ratings().branchesNotRated(), school);
    }

    @Test
    void workbookHoldsTheReportsFiguresAsFormulasThatEvaluateToThem() throws Exception {
        StatisticsService statistics = new StatisticsService(database);
        java.nio.file.Path file = dataFolder.resolve("thong-ke-2024.xlsx");
        statistics.writeWorkbook(statistics.report(StatisticsPeriod.year(2024)), file);

        try (vn.dangvu.logic.export.ProducedWorkbook produced = vn.dangvu.logic.export.ProducedWorkbook.open(file)) {
            var book = produced.workbook();
            assertEquals(List.of("Biểu 1", "Biểu 2", "Biểu 3", "Biểu 4", "Chi bộ", "Xếp loại đảng viên", "Xếp loại chi bộ",
                    "Danh sách"), java.util.stream.IntStream.range(0, book.getNumberOfSheets())
                    .mapToObj(book::getSheetName).toList());
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            var change = book.getSheet("Biểu 1");
            var closing = change.getRow(vn.dangvu.logic.export.ProducedWorkbook.rowStarting(change, "Đảng viên cuối kỳ"));
            assertEquals(org.apache.poi.ss.usermodel.CellType.FORMULA, closing.getCell(2).getCellType(),
                    "the closing count is A + B − C in the sheet");
            assertEquals(4, evaluator.evaluate(closing.getCell(2)).getNumberValue());
            assertEquals(3, evaluator.evaluate(closing.getCell(3)).getNumberValue());
            assertEquals(4.0 / 3, evaluator.evaluate(closing.getCell(4)).getNumberValue(), 1e-9);
            var increases = change.getRow(vn.dangvu.logic.export.ProducedWorkbook.rowStarting(change, "Tổng số tăng"));
            assertEquals(2, evaluator.evaluate(increases.getCell(2)).getNumberValue());

            var branches = book.getSheet("Chi bộ");
            var total = branches.getRow(vn.dangvu.logic.export.ProducedWorkbook.rowStarting(branches, "Cộng"));
            assertEquals(4, evaluator.evaluate(total.getCell(2)).getNumberValue(), "Nà Pàn Mới 2 + Trường 2");

            // Biểu 2: Nguyễn Văn An admitted 01/03/2024, nobody in 2023; the same columns as Biểu 1
            var admitted = book.getSheet("Biểu 2");
            var newTotal = admitted.getRow(vn.dangvu.logic.export.ProducedWorkbook.rowStarting(admitted,
                    "Tổng số đảng viên mới kết nạp"));
            assertEquals(1, evaluator.evaluate(newTotal.getCell(2)).getNumberValue());
            assertEquals(0, evaluator.evaluate(newTotal.getCell(3)).getNumberValue());
            int header = vn.dangvu.logic.export.ProducedWorkbook.rowStarting(admitted, "STT");
            assertEquals(List.of("", "", "Kỳ này", "Cùng kỳ năm trước", ""),
                    vn.dangvu.logic.export.ProducedWorkbook.strings(admitted, header + 1, 5));
            assertEquals(null, ((org.apache.poi.xssf.usermodel.XSSFSheet) admitted).getDrawingPatriarch(),
                    "only Biểu 3's age bands have a chart");

            var members = (org.apache.poi.xssf.usermodel.XSSFSheet) book.getSheet("Biểu 3");
            assertEquals(1, members.getDrawingPatriarch().getCharts().size(), "the age bands have a chart");
            assertTrue(vn.dangvu.logic.export.ProducedWorkbook.texts(book.getSheet("Danh sách"))
                    .contains("Nguyễn Văn An"), "the admitted member is named behind the figure");
            produced.assertTimesNewRomanEverywhere();
        }
    }

    @Test
    void halfYearUsesTheBranchNameOfItsLastDay() {
        StatisticsReport report = new StatisticsService(database).report(
                new StatisticsPeriod(day("2024-01-01"), day("2024-06-30")));
        assertEquals("Chi bộ thôn Nà Pàn", report.branches().get(0).name());
    }

    private long create(String name, Sex sex, String ethnicity, PoliticalTheory theory, List<MembershipEvent> events) {
        MemberProfile.Builder profile = new MemberProfile.Builder();
        profile.politicalTheory = theory;
        profile.generalEducation = "12/12";
        Member member = new Member(null, 0, PersonName.parse(name), sex, day("1980-03-15"), ethnicity, null, null,
                profile.build());
        return register.createMember(member, events, CLERK).member().id();
    }

    private static List<MembershipEvent> official(long branch) {
        return List.of(event(MembershipEventType.ADMITTED, "2010-01-10", branch),
                event(MembershipEventType.RECOGNIZED_OFFICIAL, "2011-01-10", null));
    }

    private static MembershipEvent event(MembershipEventType type, String date, Long branch) {
        return MembershipEvent.of(type, day(date), branch);
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static void assertIds(Figure figure, long... expected) {
        long[] actual = figure.ids();
        Arrays.sort(actual);
        long[] wanted = expected.clone();
        Arrays.sort(wanted);
        assertArrayEquals(wanted, actual);
    }
}
