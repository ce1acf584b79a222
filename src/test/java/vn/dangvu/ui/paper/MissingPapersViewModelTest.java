package vn.dangvu.ui.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.paper.PaperFixture;
import vn.dangvu.logic.paper.SamplePapers;
import vn.dangvu.model.Branch;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;

/** The "Hồ sơ còn thiếu" screen: per branch or for all, in name order, saved to Excel as shown. */
class MissingPapersViewModelTest {

    @TempDir
    Path folder;

    private PaperFixture f;
    private ScriptedDialogs dialogs;
    private MissingPapersViewModel viewModel;

    @BeforeEach
    void setUp() {
        f = new PaperFixture(folder.resolve("data"));
        dialogs = new ScriptedDialogs();
        viewModel = new MissingPapersViewModel(f.papers, f.services.branches(), new SynchronousBackground(), dialogs,
                () -> PaperFixture.TODAY);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<String> shown() {
        return viewModel.lines().stream().map(l -> l.name().full() + " · " + l.branch() + " · " + l.missing().size())
                .toList();
    }

    @Test
    void everyBranchFirstThenTheChosenOne() {
        viewModel.load();
        assertEquals(List.of("Tất cả chi bộ", "Chi bộ thôn Khòn Pát", "Chi bộ thôn Nà Pàn"),
                viewModel.branchChoices().stream().map(Branch::name).toList());
        // an official member lacks the 15 papers the list asks of them, a probationary one the 9 of every member
        // by given name, Vietnamese order: Ánh, Đức, Em
        assertEquals(List.of("Hoàng Thị Ánh · Chi bộ thôn Nà Pàn · 9", "Nguyễn Văn Đức · Chi bộ thôn Nà Pàn · 15",
                "Đinh Văn Em · Chi bộ thôn Khòn Pát · 15"), shown());
        assertEquals("3 đảng viên trong đảng bộ còn thiếu giấy tờ.", viewModel.statusProperty().get());

        viewModel.branchProperty().set(viewModel.branchChoices().get(2));
        assertEquals(List.of("Hoàng Thị Ánh · Chi bộ thôn Nà Pàn · 9", "Nguyễn Văn Đức · Chi bộ thôn Nà Pàn · 15"),
                shown());
        assertEquals("2 đảng viên của Chi bộ thôn Nà Pàn còn thiếu giấy tờ.", viewModel.statusProperty().get());
    }

    @Test
    void aPaperAddedLeavesTheListWhenTheScreenIsShownAgain() {
        viewModel.load();
        viewModel.branchProperty().set(viewModel.branchChoices().get(1));
        assertEquals(List.of("Đinh Văn Em · Chi bộ thôn Khòn Pát · 15"), shown());
        f.papers.attach(f.em, "anh", "anh.jpg", SamplePapers.photo(1), null, null, "thư ký");
        viewModel.load();
        assertEquals("Chi bộ thôn Khòn Pát", viewModel.branchProperty().get().name(), "the branch chosen stays");
        assertEquals(List.of("Đinh Văn Em · Chi bộ thôn Khòn Pát · 14"), shown());
        assertTrue(MissingPapersViewModel.missingText(viewModel.lines().get(0))
                .endsWith("Quyết định công nhận đảng viên chính thức; Phiếu đảng viên (Mẫu 2-HSĐV)"));
    }

    @Test
    void savesTheLinesShownToExcel() {
        viewModel.load();
        viewModel.branchProperty().set(viewModel.branchChoices().get(1));
        Path file = folder.resolve("khon-pat.xlsx");
        dialogs.saveFiles.add(java.util.Optional.of(file));
        viewModel.saveExcel();
        assertTrue(Files.exists(file));
        assertEquals("Đã lưu danh sách (1 đảng viên) vào " + file + ".", viewModel.statusProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }
}
