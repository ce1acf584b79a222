package vn.dangvu.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.importing.ClerkWorkbook;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.importing.SpreadsheetMl;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.importing.ImportViewModel.Phase;

class ImportViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ImportViewModel viewModel;
    private int imported;

    @BeforeEach
    void setUp() {
        database = Database.open(folder.resolve("data"));
        new BranchService(database).create(ClerkWorkbook.NA_PAN, BranchKind.VILLAGE, null);
        register = new RegisterService(database);
        viewModel = viewModel(new SynchronousBackground());
    }

    private ImportViewModel viewModel(Background background) {
        ImportViewModel vm = new ImportViewModel(new MemberImportService(database), background, dialogs, "thư ký");
        vm.setOnImported(() -> imported++);
        return vm;
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void choose(Path file) {
        dialogs.files.add(Optional.of(file));
        viewModel.chooseFile();
    }

    @Test
    void aPreviewWithErrorsListsThemAndCannotBeImported() throws Exception {
        choose(ClerkWorkbook.withErrors().write(folder.resolve("loi.xlsx")));

        assertEquals(Phase.PREVIEWED, viewModel.phaseProperty().get());
        assertEquals("loi.xlsx", viewModel.fileNameProperty().get());
        assertTrue(viewModel.statusProperty().get().startsWith("Có 3 lỗi"), viewModel.statusProperty().get());
        assertTrue(viewModel.problems().stream().anyMatch(p -> p.isError() && p.row() == ClerkWorkbook.NO_BRANCH
                && "Chi bộ".equals(p.column())));
        viewModel.warningsAcceptedProperty().set(true);
        assertFalse(viewModel.canImportProperty().get(), "errors block the import even with warnings accepted");
        viewModel.importNow();
        assertTrue(register.loadRegister().isEmpty());
        assertEquals(0, imported);
    }

    @Test
    void oneTickWritesTheTwelveMonthDateForEveryRowWhoseOfficialDateDiffers() throws Exception {
        choose(ClerkWorkbook.clean().withDecisionDatesAsOfficial().write(folder.resolve("ds.xlsx")));
        // rows 5 and 9: decision dates 02/07/1976 and 15/04/2004 instead of 19/05/1976 and 03/03/2004
        assertEquals("Dùng ngày đủ 12 tháng dự bị làm ngày chính thức cho 2 dòng ghi ngày khác (xem các cảnh báo ở cột"
                + " \"Ngày chính thức\")", viewModel.officialDatesTextProperty().get());
        assertTrue(viewModel.problems().stream().filter(p -> "Ngày chính thức".equals(p.column()))
                .allMatch(p -> p.message().contains("Sẽ ghi ngày trong tệp")));

        viewModel.twelveMonthOfficialDatesProperty().set(true);
        assertEquals(Phase.PREVIEWED, viewModel.phaseProperty().get(), "previewed again with the 12-month dates");
        assertEquals(List.of(5, 9), viewModel.problems().stream().filter(p -> "Ngày chính thức".equals(p.column()))
                .map(p -> p.row()).toList());
        assertTrue(viewModel.problems().stream().filter(p -> "Ngày chính thức".equals(p.column()))
                .allMatch(p -> p.message().endsWith("Sẽ ghi ngày chính thức " + (p.row() == 5 ? "19/05/1976." : "03/03/2004."))));
        viewModel.warningsAcceptedProperty().set(true);
        viewModel.importNow();
        assertEquals(java.time.LocalDate.of(2004, 3, 3), register.loadRegister().stream()
                .filter(e -> e.name().full().equals("Đỗ Thị Giang")).findFirst().orElseThrow().history()
                .officialDateOn(java.time.LocalDate.of(2020, 1, 1)).orElseThrow());
    }

    @Test
    void warningsMustBeTickedBeforeTheImportAndThenTheRegisterReloads() throws Exception {
        choose(ClerkWorkbook.clean().write(folder.resolve("ds.xlsx")));

        assertTrue(viewModel.summaryProperty().get().contains("Đảng viên mới: 7"), viewModel.summaryProperty().get());
        assertTrue(viewModel.hasWarningsProperty().get());
        assertFalse(viewModel.canImportProperty().get(), "warnings not yet acknowledged");
        viewModel.warningsAcceptedProperty().set(true);
        assertTrue(viewModel.canImportProperty().get());

        viewModel.importNow();
        assertEquals(Phase.IMPORTED, viewModel.phaseProperty().get());
        assertEquals(1.0, viewModel.progressProperty().get());
        assertEquals(7, register.loadRegister().size());
        assertEquals(1, imported, "the register is told to reload");
        assertFalse(viewModel.canImportProperty().get(), "imported once, not twice");
    }

    @Test
    void aCleanFileWithoutWarningsImportsWithoutATick() throws Exception {
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Đảng viên").row("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng")
                .row("Nguyễn Văn An", "01/01/1970", "Nam", ClerkWorkbook.NA_PAN, "01/01/2000");
        choose(book.write(folder.resolve("sach.xlsx")));
        assertFalse(viewModel.hasWarningsProperty().get());
        assertTrue(viewModel.canImportProperty().get());
        assertEquals("Không có lỗi. Bấm \"Nhập\" để ghi vào dữ liệu.", viewModel.statusProperty().get());
    }

    @Test
    void cancellingRollsBackAndLetsTheClerkImportLater() throws Exception {
        List<Runnable> progressUpdates = new ArrayList<>();
        Background cancelling = new Background() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                new SynchronousBackground().run(work, onSuccess, onFailure);
            }

            @Override
            public void onScreen(Runnable update) {
                progressUpdates.add(update);
                viewModel.cancel(); // the clerk presses "Hủy" as soon as the bar moves
            }
        };
        viewModel = viewModel(cancelling);
        choose(ClerkWorkbook.clean().write(folder.resolve("ds.xlsx")));
        viewModel.warningsAcceptedProperty().set(true);

        viewModel.importNow();

        assertFalse(progressUpdates.isEmpty());
        assertEquals("Đã hủy nhập. Không có gì được ghi vào dữ liệu.", viewModel.statusProperty().get());
        assertTrue(register.loadRegister().isEmpty());
        assertEquals(0, imported);
        assertEquals(Phase.PREVIEWED, viewModel.phaseProperty().get());
        assertTrue(viewModel.canImportProperty().get(), "the same preview can still be imported");
    }

    @Test
    void anUnreadableFileIsExplainedAndNothingCanBeImported() throws Exception {
        choose(Files.writeString(folder.resolve("ds.xlsx"), "Họ và tên,Ngày sinh"));
        assertEquals(Phase.EMPTY, viewModel.phaseProperty().get());
        assertTrue(viewModel.summaryProperty().get().startsWith("Tệp ds.xlsx không phải sổ làm việc Excel"));
        assertFalse(viewModel.canImportProperty().get());
    }

    @Test
    void choosingNoFileChangesNothing() {
        dialogs.files.add(Optional.empty());
        viewModel.chooseFile();
        assertEquals(Phase.EMPTY, viewModel.phaseProperty().get());
        assertEquals("Chưa chọn tệp.", viewModel.fileNameProperty().get());
    }
}
