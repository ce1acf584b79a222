package vn.dangvu.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dangvu.logic.TaskRunner;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.importing.ClerkWorkbook;
import vn.dangvu.logic.importing.ImportProblem;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.ScriptedDialogs;

/** The import window on the app's real background runner, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class ImportScreenTest {

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Database database;
    private int reloads;

    @Start
    void start(Stage stage) throws Exception {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        new BranchService(database).create(ClerkWorkbook.NA_PAN, BranchKind.VILLAGE, null);
        dialogs.files.add(Optional.of(ClerkWorkbook.clean().write(folder.resolve("ds" + System.nanoTime() + ".xlsx"))));
        ImportViewModel viewModel = new ImportViewModel(new MemberImportService(database), new FxBackground(tasks), dialogs,
                "thư ký");
        viewModel.setOnImported(() -> reloads++);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("Đảng Vụ"), 300, 200));
        stage.show();
        new ImportView(viewModel).show(stage);
    }

    @AfterEach
    void closeDatabase() {
        tasks.submit(() -> {
            database.close();
            return null;
        });
        tasks.close();
    }

    @Test
    void theClerkPreviewsAcknowledgesTheWarningsAndImports(FxRobot robot) {
        robot.clickOn("Chọn tệp…");
        TableView<ImportProblem> problems = robot.lookup(".table-view").queryTableView();
        waitUntil(() -> !problems.getItems().isEmpty());
        Button importButton = robot.lookup("Nhập").queryButton();
        assertTrue(importButton.isDisabled(), "warnings not acknowledged yet");

        CheckBox acknowledged = robot.lookup("Tôi đã xem các cảnh báo").queryAs(CheckBox.class);
        robot.clickOn(acknowledged);
        assertTrue(!importButton.isDisabled());
        robot.clickOn(importButton);

        waitUntil(() -> reloads == 1);
        int people = tasks.submit(() -> new RegisterService(database).loadRegister().size()).join();
        assertEquals(7, people);
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> condition.get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
