package vn.dangvu.ui.admission;

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
import vn.dangvu.logic.Services;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** Targets and the yearly admission report as the window shows them. */
class AdmissionReportViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AdmissionReportViewModel viewModel;

    @BeforeEach
    void setUp() {
        database = Database.open(folder.resolve("data"));
        Services services = TestServices.on(database);
        services.committee().setUp(new Committee("Đảng bộ xã Hải Yến", "Hải Yến", null),
                List.of(Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null)));
        long napan = services.branches().all().get(0).id();
        for (int i = 0; i < 3; i++) {
            services.register().createMember(new Member(null, 0, PersonName.parse("Lục Văn Hải"), i == 0 ? Sex.FEMALE : Sex.MALE,
                    LocalDate.of(1995, 1, 1 + i), "Tày", null, null, null),
                    List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2024, 3, 1 + i), napan)), "test");
        }
        viewModel = new AdmissionReportViewModel(services.branches(), services.committee(), services.admissionReports(),
                new SynchronousBackground(), dialogs, () -> LocalDate.of(2025, 6, 1));
        viewModel.load();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private List<String> years() {
        return viewModel.years().stream().map(l -> String.join(" | ", l.label(), l.first(), l.second(), l.third())).toList();
    }

    @Test
    void showsTheLastFiveYearsAndTheTotal() {
        assertEquals(List.of("2021 |  | 0 | ", "2022 |  | 0 | ", "2023 |  | 0 | ", "2024 |  | 3 | ", "2025 |  | 0 | ",
                "Tổng |  | 3 | "), years());
    }

    @Test
    void aSavedTargetAppearsWithItsPercentage() {
        viewModel.targetYear.set("2024");
        viewModel.target.set("2");
        viewModel.saveTarget();
        assertEquals("Đã lưu chỉ tiêu năm 2024 của toàn Đảng bộ: 2.", viewModel.messageProperty().get());
        assertEquals("2024 | 2 | 3 | 150,00%", years().get(3));
        assertEquals("Tổng | 2 | 3 | 150,00%", years().get(5));
    }

    @Test
    void badNumbersAreRefusedWithTheField() {
        viewModel.target.set("hai");
        viewModel.saveTarget();
        assertEquals("Chỉ tiêu kết nạp: \"hai\" phải là một số nguyên không âm.", viewModel.errorProperty().get());
        viewModel.fromYear.set("2026");
        viewModel.load();
        assertEquals("Khoảng năm 2026–2025 không hợp lệ.", viewModel.errorProperty().get());
    }

    @Test
    void exportsTheWorkbookToTheFileTheClerkChose() {
        Path file = folder.resolve("ket-nap-dang-vien-2021-2025.xlsx");
        dialogs.saveFiles.add(Optional.of(file));
        viewModel.export();
        assertEquals(List.of("ket-nap-dang-vien-2021-2025.xlsx"), dialogs.suggestedFileNames);
        assertTrue(Files.exists(file));
        assertEquals("Đã xuất ket-nap-dang-vien-2021-2025.xlsx.", viewModel.messageProperty().get());
    }
}
