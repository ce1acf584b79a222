package vn.dangvu.ui.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
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
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;

/** The branches screen on the FX thread with the real background runner, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class BranchesViewTest {

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private Database database;
    private BranchService branches;
    private BranchesView view;
    private long nam;

    @Start
    void start(Stage stage) {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        branches = new BranchService(database);
        nam = branches.create("Chi bộ thôn Nam", BranchKind.VILLAGE, LocalDate.of(1990, 2, 3)).id();
        Branch cu = branches.create("Chi bộ thôn Cũ", BranchKind.VILLAGE, null);
        branches.dissolve(cu.id(), LocalDate.of(2020, 3, 12));
        view = new BranchesView(new BranchesViewModel(branches, new FxBackground(tasks), new FxDialogService(stage),
                "thư ký", LocalDate::now));
        stage.setScene(new Scene(view.root(), 1000, 600));
        stage.show();
        view.refresh();
        view.setCountsByBranch(Map.of(nam, 12));
    }

    @AfterEach
    void close() {
        tasks.close();
        database.close();
    }

    @Test
    void showsActiveBranchesAndEnablesActionsOnSelection(FxRobot robot) {
        TableView<BranchRow> table = robot.lookup(".table-view").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Chi bộ thôn Nam", table.getItems().get(0).name());
        assertEquals(List.of("Tên chi bộ", "Loại", "Ngày thành lập", "Trạng thái", "Đảng số"),
                table.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals("03/02/1990", robot.lookup("03/02/1990").queryLabeled().getText());
        assertEquals("12", robot.lookup(".number-column").nth(1).queryLabeled().getText());

        Button rename = robot.lookup("Đổi tên").queryButton();
        Button dissolve = robot.lookup("Giải thể").queryButton();
        assertTrue(rename.isDisabled());
        assertTrue(dissolve.isDisabled());
        robot.clickOn("Chi bộ thôn Nam");
        assertFalse(rename.isDisabled());
        assertFalse(dissolve.isDisabled());

        CheckBox showAll = robot.lookup("Hiện cả chi bộ đã giải thể").query();
        robot.clickOn(showAll);
        waitUntil(() -> table.getItems().size() == 2);
        assertEquals("Giải thể 12/03/2020", robot.lookup("Giải thể 12/03/2020").queryLabeled().getText());
    }

    @Test
    void addsABranchThroughTheDialog(FxRobot robot) {
        TableView<BranchRow> table = robot.lookup(".table-view").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("Thêm chi bộ");
        Button save = robot.lookup("Thêm").queryButton();
        assertTrue(save.isDisabled());
        robot.clickOn(".dialog-pane .text-field");
        robot.write("Chi bo Mam non"); // the headless robot types ASCII only
        assertFalse(save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> table.getItems().size() == 2);
        assertTrue(branches.all().stream().anyMatch(b -> b.name().equals("Chi bo Mam non")));
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().name().equals("Chi bo Mam non"));
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
