package vn.dangvu.ui.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dangvu.logic.TaskRunner;
import vn.dangvu.logic.meeting.MeetingFixture;
import vn.dangvu.model.transfer.LetterLine;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;

/** The clerk records a transfer out on the "Chuyển sinh hoạt" screen and sees it in the register, headless. */
@ExtendWith(ApplicationExtension.class)
class TransfersScreenTest {

    private final TaskRunner tasks = new TaskRunner();
    private MeetingFixture f;

    @Start
    void start(Stage stage) throws Exception {
        f = new MeetingFixture(java.nio.file.Files.createTempDirectory("transfers"));
        MainView main = new MainView(TestServices.on(f.database), new FxBackground(tasks), new FxDialogService(stage),
                MeetingFixture.COMMITTEE);
        stage.setScene(new Scene(main.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        tasks.submit(() -> {
            f.close();
            return null;
        });
        tasks.close();
    }

    @Test
    void recordsAnOfficialTransferOutWithItsLetter(FxRobot robot) {
        robot.clickOn("#nav-transfers");
        ComboBox<?> member = robot.lookup("#transfer-member").queryAs(ComboBox.class);
        waitUntil(() -> !member.getItems().isEmpty());
        robot.interact(() -> member.getSelectionModel().select(0));
        robot.clickOn("#transfer-organisation").write("Đảng bộ phường Hồng Hải");
        robot.clickOn("#transfer-province").write("Tỉnh Quảng Ninh");
        robot.clickOn("#transfer-letter").write("15-GGT/ĐU");
        robot.clickOn("#transfer-save");

        TableView<LetterLine> register = robot.lookup("#transfer-register").queryAs(TableView.class);
        waitUntil(() -> register.getItems().size() == 1);
        LetterLine line = register.getItems().get(0);
        assertEquals(1, line.letter().number());
        assertEquals("15-GGT/ĐU", line.letter().letterNumber());
        assertTrue(line.pending());
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }
}
