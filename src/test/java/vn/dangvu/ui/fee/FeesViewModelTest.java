package vn.dangvu.ui.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
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
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** The fee book screen: collecting a month, paying up to a month, the basis, the report. */
class FeesViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @TempDir
    Path folder;

    private Database database;
    private ScriptedDialogs dialogs;
    private FeesViewModel viewModel;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        long napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        RegisterService register = new RegisterService(database);
        for (String name : List.of("Lục Văn Hải", "Hoàng Thị Mai")) {
            register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1980, 1, 1), "Tày",
                    null, null, null), List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2010, 5, 1),
                    napan)), "test");
        }
        dialogs = new ScriptedDialogs();
        Services services = TestServices.on(database);
        viewModel = new FeesViewModel(services.branches(), services.fees(), new SynchronousBackground(), dialogs,
                TestServices.USER, () -> TODAY);
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> months(int row) {
        return viewModel.rows().get(row).cells().subList(0, 4).stream().map(FeesViewModel::cellText).toList();
    }

    @Test
    void anOfficeThatHasRecordedNoFeesSeesNoArrearsAndIsToldWhy() {
        assertEquals("Chi bộ thôn Nà Pàn", viewModel.branch.get().name());
        assertEquals(List.of("—", "—", "—", "·"), months(0));
        assertEquals(0, viewModel.rows().get(0).arrearsAmount());
        assertEquals("Chi bộ thôn Nà Pàn, năm 2026: 2 đảng viên · đã thu 0 đ · 0 người còn nợ 0 đ · \"—\": tháng trước "
                + "khi văn phòng bắt đầu ghi sổ đảng phí, không tính nợ", viewModel.statusTextProperty().get());
    }

    @Test
    void onceTheBookIsStartedTheUnpaidMonthsAreArrearsInDong() {
        viewModel.selectedProperty().set(viewModel.rows().get(1));
        dialogs.choices.add("Tháng 1/2026");
        dialogs.dates.add(Optional.of(LocalDate.of(2026, 1, 20)));
        viewModel.payThrough();
        assertEquals(List.of("nợ", "nợ", "nợ", "·"), months(0));
        assertEquals(18_000, viewModel.rows().get(0).arrearsAmount());
        assertEquals("Chi bộ thôn Nà Pàn, năm 2026: 2 đảng viên · đã thu 6.000 đ · 2 người còn nợ 30.000 đ",
                viewModel.statusTextProperty().get());
    }

    @Test
    void collectingAMonthForTheBranchAndAMemberPayingUpToAMonth() {
        dialogs.choices.add("Tháng 1/2026");
        dialogs.dates.add(Optional.of(LocalDate.of(2026, 1, 20)));
        viewModel.payMonthForBranch();
        assertEquals("Đã ghi 2 đảng viên đóng đảng phí Tháng 1/2026.", viewModel.messageProperty().get());

        viewModel.selectedProperty().set(viewModel.rows().get(1));
        dialogs.choices.add("Tháng 4/2026");
        dialogs.dates.add(Optional.of(TODAY));
        viewModel.payThrough();

        assertEquals(List.of("6.000", "nợ", "nợ", "·"), months(0));
        assertEquals(List.of("6.000", "6.000", "6.000", "6.000"), months(1));
    }

    @Test
    void aPensionerPaysHalfAPercentAndAPoorHouseholdIsExemptFromFebruary2026() {
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        dialogs.choices.add("Hưởng lương hưu");
        dialogs.texts.add(Optional.of("5.200.000"));
        dialogs.choices.add("Không miễn");
        viewModel.editBasis();
        assertEquals(List.of("—", "—", "—", "·"), months(0));
        assertEquals(26_000, viewModel.rows().get(0).cells().get(0).due());
        assertEquals("Hưởng lương hưu, 5.200.000 đ", viewModel.rows().get(0).basis());

        viewModel.selectedProperty().set(viewModel.rows().get(1));
        dialogs.choices.add("Đảng viên khác");
        dialogs.choices.add("Hộ nghèo, hộ cận nghèo");
        viewModel.editBasis();
        assertEquals(List.of("—", "miễn", "miễn", "miễn"), months(1));
    }

    @Test
    void lastYearsReportOffersItsFourthQuarter() {
        viewModel.year.set("2025");
        dialogs.choices.add("Quý IV");
        dialogs.saveFiles.add(Optional.empty());
        viewModel.exportReport();
        assertEquals(List.of("Quý IV"), dialogs.initialChoices);
    }

    @Test
    void theQuarterlyReportIsSaved() throws Exception {
        Path file = folder.resolve("bao-cao.xlsx");
        dialogs.choices.add("Quý I");
        dialogs.saveFiles.add(Optional.of(file));
        viewModel.exportReport();
        assertEquals(List.of("Quý I"), dialogs.initialChoices, "20/03/2026: the quarter in hand is offered first");
        assertTrue(Files.size(file) > 0);
        assertTrue(viewModel.messageProperty().get().startsWith("Đã ghi báo cáo đảng phí (1 chi bộ)"));
        assertEquals(YearMonth.of(2026, 4), FeesViewModel.range("Quý II", 2026)[0]);
    }
}
