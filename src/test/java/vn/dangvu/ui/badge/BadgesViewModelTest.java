package vn.dangvu.ui.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

/** The badge screen's state: a round's lists, leaving out with a reason, recording the award, printing. */
class BadgesViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private BadgesViewModel viewModel;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        long napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        RegisterService register = new RegisterService(database);
        for (String[] person : new String[][] {{"Lục Văn Hải", "1995-06-01"}, {"Đinh Văn Thu", "1995-07-01"}}) {
            register.createMember(new Member(null, 0, PersonName.parse(person[0]), Sex.MALE, LocalDate.of(1970, 1, 1),
                    "Tày", null, null, null), List.of(MembershipEvent.of(MembershipEventType.ADMITTED,
                    LocalDate.parse(person[1]), napan)), "test");
        }
        viewModel = new BadgesViewModel(TestServices.on(database).badges(), new SynchronousBackground(), dialogs,
                TestServices.USER);
        viewModel.round.set(LocalDate.of(2025, 9, 2));
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void theClerkLeavesOneOutAwardsTheOtherAndPrintsTheProposal() throws Exception {
        assertEquals(2, viewModel.own().size());
        assertTrue(viewModel.summaryProperty().get().endsWith("đề nghị 2 đồng chí"), viewModel.summaryProperty().get());

        viewModel.exclude();
        assertEquals("Chọn một người trong danh sách.", viewModel.errorProperty().get());

        viewModel.selected.set(viewModel.own().get(1)); // Thu, after Hải by given name
        dialogs.texts.add(Optional.of("Đang xem xét kỷ luật"));
        viewModel.exclude();
        assertEquals("Đang xem xét kỷ luật", viewModel.own().get(1).excluded());

        viewModel.selected.set(viewModel.own().get(0));
        viewModel.decisionNumber.set("125-QĐ/HU");
        viewModel.decisionDate.set("31/08/2025");
        viewModel.badgeNumber.set("0456789");
        viewModel.award();
        assertEquals("", viewModel.errorProperty().get());
        assertEquals("0456789", viewModel.own().get(0).award().badgeNumber());
        assertEquals("Biểu 7, năm 2025: Huy hiệu 30 năm tuổi Đảng có 01 đồng chí.", viewModel.countsProperty().get());

        Path file = folder.resolve("de-nghi.xlsx");
        dialogs.saveFiles.add(Optional.of(file));
        viewModel.exportProposal();
        assertTrue(Files.size(file) > 0);
        assertEquals(List.of("de-nghi-huy-hieu-dang-2025-09-02.xlsx"), dialogs.suggestedFileNames);
        assertTrue(dialogs.infos.get(0).startsWith("Đã ghi danh sách đề nghị (1 đồng chí)"), dialogs.infos.get(0));
    }

    @Test
    void aBadDecisionDateIsNamed() {
        viewModel.selected.set(viewModel.own().get(0));
        viewModel.decisionNumber.set("125-QĐ/HU");
        viewModel.decisionDate.set("31/13/2025");
        viewModel.award();
        assertEquals("Ngày quyết định \"31/13/2025\" không đúng dạng dd/MM/yyyy.", viewModel.errorProperty().get());
        assertEquals(null, viewModel.own().get(0).award());
    }
}
