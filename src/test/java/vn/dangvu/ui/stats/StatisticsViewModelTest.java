package vn.dangvu.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.stats.StatisticsTable;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

class StatisticsViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private RegisterService register;
    private StatisticsViewModel viewModel;
    private Branch napan;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null);
        register = new RegisterService(database);
        Services services = TestServices.on(database);
        viewModel = new StatisticsViewModel(services.register(), services.branches(), services.statistics(),
                services.exports(), new SynchronousBackground(), dialogs);
        admit("Nguyễn Văn An", Sex.MALE, LocalDate.of(2001, 5, 1));
        admit("Lê Thị Bình", Sex.FEMALE, LocalDate.of(2024, 3, 2));
        admit("Trần Thị Cúc", Sex.FEMALE, LocalDate.of(2024, 11, 20));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void admit(String name, Sex sex, LocalDate admitted) {
        register.createMember(new Member(null, 0, PersonName.parse(name), sex, LocalDate.of(1980, 1, 1), "Kinh", null,
                MemberIds.NONE, null), List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, napan.id())),
                "test");
    }

    private StatisticsTable table(String code) {
        return viewModel.tables().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }

    private StatisticsLine line(String code, String label) {
        return viewModel.lines(table(code)).stream().filter(l -> l.label().strip().equals(label)).findFirst()
                .orElseThrow();
    }

    @Test
    void yearReportShowsTheChangeWithLastYearAndPercent() {
        viewModel.yearProperty().set(2024);
        viewModel.compute();

        StatisticsLine admitted = line("Biểu 1", "Kết nạp");
        assertEquals("2", admitted.value());
        assertEquals("0", admitted.lastYear());
        assertEquals("–", admitted.percent(), "no percentage against a year with nothing");
        StatisticsLine closing = line("Biểu 1", "Đảng viên cuối kỳ");
        assertEquals("3", closing.value());
        assertEquals("1", closing.lastYear());
        assertEquals("300,00", closing.percent());
        assertTrue(viewModel.statusTextProperty().get().contains("cân đối"));
    }

    @Test
    void quarterCountsOnlyItsOwnDays() {
        viewModel.choiceProperty().set(PeriodChoice.Q4);
        viewModel.yearProperty().set(2024);
        viewModel.compute();

        assertEquals("1", line("Biểu 1", "Kết nạp").value());
        assertEquals("2", line("Biểu 1", "Đảng viên đầu kỳ").value());
    }

    @Test
    void customPeriodNeedsBothDatesInOrder() {
        viewModel.choiceProperty().set(PeriodChoice.CUSTOM);
        viewModel.fromProperty().set(LocalDate.of(2024, 12, 31));
        viewModel.compute();
        assertTrue(viewModel.periodErrorProperty().get().contains("ngày kết thúc"));
        assertTrue(viewModel.tables().isEmpty(), "nothing is computed for an incomplete period");

        viewModel.toProperty().set(LocalDate.of(2024, 1, 1));
        viewModel.compute();
        assertEquals("Ngày bắt đầu 31/12/2024 sau ngày kết thúc 01/01/2024.", viewModel.periodErrorProperty().get());

        viewModel.fromProperty().set(LocalDate.of(2024, 3, 1));
        viewModel.toProperty().set(LocalDate.of(2024, 3, 31));
        viewModel.compute();
        assertEquals("", viewModel.periodErrorProperty().get());
        assertEquals("1", line("Biểu 1", "Kết nạp").value());
    }

    @Test
    void aPersonWhoMovedOutTwiceIsListedTwiceAsTheFigureCountsThem() {
        // Official since 2010; out 01/02/2024, back 01/05, out again 01/08, back 01/10: Chuyển đi 2, Chuyển đến 2.
        OtherOrganisation camPha = new OtherOrganisation("Đảng bộ phường Cẩm Phả", "Quảng Ninh", "Cẩm Phả");
        register.createMember(new Member(null, 0, PersonName.parse("Hà Văn Dũng"), Sex.MALE, LocalDate.of(1980, 1, 1),
                "Kinh", null, MemberIds.NONE, null), List.of(
                MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 1, 10), napan.id()),
                MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2011, 1, 10), null),
                MembershipEvent.of(MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2024, 2, 1), null)
                        .withOtherOrganisation(camPha),
                MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, LocalDate.of(2024, 5, 1), napan.id())
                        .withOtherOrganisation(camPha),
                MembershipEvent.of(MembershipEventType.TRANSFERRED_OUT, LocalDate.of(2024, 8, 1), null)
                        .withOtherOrganisation(camPha),
                MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, LocalDate.of(2024, 10, 1), napan.id())
                        .withOtherOrganisation(camPha)), "test");
        viewModel.yearProperty().set(2024);
        viewModel.compute();
        StatisticsLine out = line("Biểu 1", "Chuyển đi");
        assertEquals("2", out.value());
        List<PeopleBehind> shown = new ArrayList<>();
        viewModel.peopleBehind(table("Biểu 1"), out, false, shown::add);
        assertEquals(2, shown.get(0).lines().size(), "as many lines as the figure says");
        assertEquals(List.of("Hà Văn Dũng", "Hà Văn Dũng"), shown.get(0).lines().stream().map(l -> l.get(0)).toList());
        assertEquals(2, shown.get(0).members().rows().size(), "and the exported list too");
    }

    @Test
    void doubleClickedNumberListsThePeopleBehindItThisYearAndLastYear() {
        viewModel.yearProperty().set(2024);
        viewModel.compute();
        StatisticsLine women = line("Biểu 3", "Đảng viên nữ");
        List<PeopleBehind> shown = new ArrayList<>();

        viewModel.peopleBehind(table("Biểu 3"), women, false, shown::add);
        viewModel.peopleBehind(table("Biểu 3"), women, true, shown::add);

        assertEquals(List.of("Lê Thị Bình", "Trần Thị Cúc"), shown.get(0).lines().stream().map(l -> l.get(0)).toList());
        assertEquals("Chi bộ thôn Nà Pàn", shown.get(0).lines().get(0).get(3));
        assertTrue(shown.get(0).title().contains("kỳ này"));
        assertTrue(shown.get(1).lines().isEmpty(), "no women were members at the end of 2023");
    }

    @Test
    void headingLinesHaveNoNumbersToOpen() {
        viewModel.compute();
        StatisticsLine heading = line("Biểu 3", "Độ tuổi");
        assertEquals("", heading.value());
        List<PeopleBehind> shown = new ArrayList<>();
        viewModel.peopleBehind(table("Biểu 3"), heading, false, shown::add);
        assertTrue(shown.isEmpty());
        assertNull(heading.row().figure());
    }

    @Test
    void reportIsExportedToTheWorkbookTheClerkChose() throws Exception {
        viewModel.yearProperty().set(2024);
        viewModel.compute();
        Path file = folder.resolve("bao-cao.xlsx");
        dialogs.saveFiles.add(java.util.Optional.of(file));

        viewModel.exportWorkbook();

        assertEquals(List.of(), dialogs.errors);
        assertEquals(List.of("Báo cáo thống kê 01-01-2024 đến 31-12-2024.xlsx"), dialogs.suggestedFileNames);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            var sheet = book.getSheet("Biểu 1");
            var closing = sheet.getRow(vn.dangvu.logic.export.ProducedWorkbook.rowStarting(sheet, "Đảng viên cuối kỳ"));
            assertEquals(3, book.getCreationHelper().createFormulaEvaluator().evaluate(closing.getCell(2))
                    .getNumberValue());
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void peopleBehindANumberAreExportedAsAMemberList() throws Exception {
        viewModel.yearProperty().set(2024);
        viewModel.compute();
        List<PeopleBehind> shown = new ArrayList<>();
        viewModel.peopleBehind(table("Biểu 1"), line("Biểu 1", "Kết nạp"), false, shown::add);
        Path file = folder.resolve("ket-nap.xlsx");
        dialogs.saveFiles.add(java.util.Optional.of(file));

        viewModel.exportPeople(shown.get(0));

        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            List<String> texts = vn.dangvu.logic.export.ProducedWorkbook.texts(book.getSheetAt(0));
            assertTrue(texts.contains("Lê Thị Bình") && texts.contains("Trần Thị Cúc"), texts.toString());
            assertTrue(!texts.contains("Nguyễn Văn An"), "admitted in 2001, not in this figure");
        }
    }

    @Test
    void cancellingTheFileChoiceWritesNothing() {
        viewModel.compute();
        dialogs.saveFiles.add(java.util.Optional.empty());
        viewModel.exportWorkbook();
        assertTrue(dialogs.errors.isEmpty());
        assertTrue(!viewModel.busyProperty().get());
    }
}
