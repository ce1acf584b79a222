package vn.dangvu.logic.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangvu.logic.merge.FormerCommunes.HAI_HA;
import static vn.dangvu.logic.merge.FormerCommunes.JOIN;
import static vn.dangvu.logic.merge.FormerCommunes.date;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.history.HistoryService;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.logic.paper.SamplePapers;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.TestDatabase;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.merge.FormerUnit;
import vn.dangvu.model.merge.Side;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.stats.ChangeLine;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;

/**
 * Merging a real backup of another commune's data folder into the data here, on an H2 file and on
 * PostgreSQL (DOMAIN.md §17): what comes, how the people found twice join, and the figures across
 * the join date (decision 0018).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class MergeServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 8, 15);

    @Parameter
    TestDatabase kind;

    @TempDir
    Path folder;

    @TempDir
    static Path sources;
    private static Path haiHa;
    private static Path haiHaSameAdmission;

    private Database database;
    private MergeService merge;
    private PaperService papers;

    @BeforeAll
    static void backUpHaiHa() {
        haiHa = FormerCommunes.haiHaBackup(sources.resolve("hai-ha"), true);
        haiHaSameAdmission = FormerCommunes.haiHaBackup(sources.resolve("hai-ha-2"), false);
    }

    @BeforeEach
    void setUp() {
        database = kind.fresh(folder.resolve("data"));
        FormerCommunes.haiYen(database);
        papers = FormerCommunes.papers(database);
        merge = new MergeService(database, new BackupService(database), papers, () -> TODAY, null);
    }

    @AfterEach
    void tearDown() {
        if (database != null) {
            database.close();
        }
    }

    private MergePlan merged(boolean maisOtherAdmission, MergeChoicesStep choices) {
        try (MergeSource source = merge.open(maisOtherAdmission ? haiHa : haiHaSameAdmission, null)) {
            MergePreview preview = merge.preview(source, new FormerUnit(HAI_HA, JOIN));
            MergePlan plan = choices.decide(preview, merge.plan(preview, MergeChoices.NONE));
            merge.apply(source, plan, "thư ký", MergeProgress.NONE, () -> false);
            return plan;
        }
    }

    /** The clerk's choices after seeing the first plan. */
    @FunctionalInterface
    private interface MergeChoicesStep {
        MergePlan decide(MergePreview preview, MergePlan first);
    }

    private MergePlan settled(MergePreview preview, MergePlan first, Side admission) {
        long mai = first.joined().stream().filter(j -> j.match().there().name().full().equals("Trần Thị Mai"))
                .findFirst().orElseThrow().match().there().id();
        return merge.plan(preview, MergeChoices.NONE
                .withBranchMap(Map.of("Chi bộ thôn 1", "Chi bộ thôn 1 (xã Hải Hà)"))
                .withSettled(mai, "Ngày vào Đảng", admission));
    }

    private RegisterEntry entry(String name) {
        return new RegisterService(database).loadRegister().stream().filter(e -> e.name().full().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void theFirstPlanListsTheTakenBranchNameAndTheTwoAdmissionDatesAndWritesNothing() {
        try (MergeSource source = merge.open(haiHa, null)) {
            MergePlan plan = merge.plan(merge.preview(source, new FormerUnit(HAI_HA, JOIN)), MergeChoices.NONE);

            assertEquals(List.of("Chi bộ thôn 1", "Ngày vào Đảng"), plan.problems().stream().map(MergeProblem::field).toList());
            assertEquals("Trần Thị Mai (sinh 02/02/1968)", plan.problems().get(1).person());
            assertEquals("Ngày vào Đảng: Đảng bộ xã Hải Yến ghi 12/03/1990, Đảng bộ xã Hải Hà ghi 15/03/1990.",
                    plan.problems().get(1).message());
            assertEquals(new MergeCounts(3, 2, 0, 4, 3, 1, 1), plan.counts());
            assertFalse(plan.ready());
        }
        assertEquals(4, new RegisterService(database).loadRegister().size());
    }

    @Test
    void thePapersOfTheFormerUnitsBackupComeWithTheirPeopleFoundHereOrNot() {
        Path withPhotos = FormerCommunes.haiHaBackupWithPhotos(folder.resolve("hai-ha-anh"));
        try (MergeSource source = merge.open(withPhotos, null)) {
            MergePreview preview = merge.preview(source, new FormerUnit(HAI_HA, JOIN));
            MergePlan plan = merge.plan(preview, MergeChoices.NONE
                    .withBranchMap(Map.of("Chi bộ thôn 1", "Chi bộ thôn 1 (xã Hải Hà)")));
            merge.apply(source, plan, "thư ký", MergeProgress.NONE, () -> false);
        }

        List<Paper> mais = papers.papersOf(entry("Trần Thị Mai").id());
        assertEquals(1, mais.size());
        assertArrayEquals(SamplePapers.photo(1), papers.content(mais.get(0)));
        List<Paper> dungs = papers.papersOf(entry("Vũ Thị Dung").id());
        assertEquals(1, dungs.size());
        assertArrayEquals(SamplePapers.photo(2), papers.content(dungs.get(0)));
        assertTrue(papers.papersOf(entry("Hoàng Văn Cường").id()).isEmpty());
    }

    @Test
    void aUnitMergedBeforeIsRefusedTheSecondTimeWhateverTheCaseOfItsName() {
        merged(true, (preview, first) -> settled(preview, first, Side.HERE));
        try (MergeSource source = merge.open(haiHa, null)) {
            MergePlan again = merge.plan(merge.preview(source, new FormerUnit("đảng bộ xã hải hà", JOIN)),
                    MergeChoices.NONE);

            assertEquals("Đảng bộ cũ", again.problems().get(0).field());
            assertTrue(again.problems().get(0).message().startsWith(HAI_HA + " đã được gộp vào ngày 01/07/2025"));
            assertFalse(again.ready());
        }
        assertEquals(7, new RegisterService(database).loadRegister().size());
    }

    @Test
    void everyoneComesOnceWithTheirWholeHistory() {
        merged(true, (preview, first) -> settled(preview, first, Side.HERE));

        assertEquals(7, new RegisterService(database).loadRegister().size());
        RegisterEntry hoa = entry("Nguyễn Thị Hoa");
        assertEquals(List.of(MembershipEventType.ADMITTED, MembershipEventType.RECOGNIZED_OFFICIAL,
                MembershipEventType.TRANSFERRED_OUT, MembershipEventType.TRANSFERRED_IN),
                hoa.history().events().stream().map(MembershipEvent::type).toList());
        assertTrue(hoa.history().stateOn(JOIN).countsInPartyStrength());
        RegisterEntry mai = entry("Trần Thị Mai");
        assertEquals(date("1990-03-12"), mai.history().firstAdmissionDate().orElseThrow());
        assertEquals(2, mai.history().events().size());
        assertEquals(MemberStatus.DIED, entry("Hoàng Văn Cường").history().stateOn(TODAY).status());
    }

    @Test
    void theSourcesAdmissionDateChosenSendsHeresToTheRecycleBin() {
        merged(true, (preview, first) -> settled(preview, first, Side.THERE));

        assertEquals(date("1990-03-15"), entry("Trần Thị Mai").history().firstAdmissionDate().orElseThrow());
        assertEquals(1, new HistoryService(database).recycleBin().size());
    }

    @Test
    void theSourcesBranchesKeepTheirNamesBeforeTheJoinDate() {
        merged(true, (preview, first) -> settled(preview, first, Side.HERE));

        BranchService branches = new BranchService(database);
        Branch renamed = branches.all().stream().filter(b -> b.name().equals("Chi bộ thôn 1 (xã Hải Hà)")).findFirst()
                .orElseThrow();
        assertEquals(4, branches.all().size()); // two here, and each of the source's as its own record
        Map<Long, String> before = database.read(r -> r.branches().namesOn(JOIN.minusDays(1)));
        Map<Long, String> after = database.read(r -> r.branches().namesOn(JOIN));
        assertEquals("Chi bộ thôn 1", before.get(renamed.id()));
        assertEquals("Chi bộ thôn 1 (xã Hải Hà)", after.get(renamed.id()));
    }

    @Test
    void theFiguresAreThoseOfBothCommunesCombinedAcrossTheJoinDate() {
        merged(true, (preview, first) -> settled(preview, first, Side.HERE));
        StatisticsService statistics = new StatisticsService(database);

        StatisticsReport y2025 = statistics.report(StatisticsPeriod.year(2025));
        // Opening: Hoa, Mai, An, Bảo (probationary), Dung; Cường died in 2024. Em admitted 10/01/2025.
        assertEquals(5, y2025.change().get(ChangeLine.OPENING).value());
        assertEquals(1, y2025.change().get(ChangeLine.ADMITTED).value());
        assertEquals(0, y2025.change().get(ChangeLine.TRANSFERRED_IN).value());
        assertEquals(6, y2025.change().get(ChangeLine.CLOSING).value());
        assertTrue(y2025.change().balanced());
        assertTrue(y2025.change().balancedLastYear());
        assertEquals("Số liệu gộp của: Đảng bộ xã Hải Yến; Đảng bộ xã Hải Hà (hợp nhất ngày 01/07/2025)",
                y2025.combines());

        // 2024, before the join, as one committee (hand-worked from FormerCommunes):
        //             opening (31/12/2023)      admitted       died           closing (31/12/2024)
        // Hải Yến     2: Mai, An (Hoa left)     1: Bảo 05/05   0              3: Mai, An, Bảo
        // Hải Hà      3: Hoa, Cường, Dung       0              1: Cường 08/08 2: Hoa, Dung
        // combined    5                         1              1              5 = 5 + 1 − 1
        StatisticsReport y2024 = statistics.report(StatisticsPeriod.year(2024));
        assertEquals(5, y2024.change().get(ChangeLine.OPENING).value());
        assertEquals(1, y2024.change().get(ChangeLine.ADMITTED).value());
        assertEquals(1, y2024.change().get(ChangeLine.DIED).value());
        assertEquals(0, y2024.change().get(ChangeLine.TRANSFERRED_IN).value());
        assertEquals(0, y2024.change().get(ChangeLine.TRANSFERRED_OUT).value());
        assertEquals(5, y2024.change().get(ChangeLine.CLOSING).value());
        assertTrue(y2024.change().balanced());

        StatisticsReport y2023 = statistics.report(StatisticsPeriod.year(2023));
        // Hoa's move from Hải Yến to Hải Hà is a branch move in the combined figures.
        assertEquals(0, y2023.change().get(ChangeLine.TRANSFERRED_OUT).value());
        assertEquals(0, y2023.change().get(ChangeLine.TRANSFERRED_IN).value());
        assertEquals(5, y2023.change().get(ChangeLine.CLOSING).value()); // Hoa, Mai, An, Cường, Dung
        assertTrue(y2023.change().balanced());
    }

    @Test
    void oneLineInTheChangeLogAndTheHandoverRecordInTheDataFolder() throws Exception {
        merged(true, (preview, first) -> settled(preview, first, Side.HERE));

        List<String> lines = new HistoryService(database).recent(20).stream().map(l -> l.sentence()).toList();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("Gộp dữ liệu Đảng bộ xã Hải Hà")).count(), lines.toString());
        Path record = folder.resolve("data").resolve(MergeService.HANDOVER_FOLDER).resolve("2025-08-15 " + HAI_HA + ".docx");
        assertTrue(Files.size(record) > 0);
    }
}
