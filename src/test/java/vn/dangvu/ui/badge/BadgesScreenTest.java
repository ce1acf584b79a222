package vn.dangvu.ui.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.badge.BadgeCandidate;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;

/** The clerk opens Huy hiệu Đảng, picks a round and records the badge given, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class BadgesScreenTest {

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private Database database;

    @Start
    void start(Stage stage) {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        long napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null).id();
        new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Lục Văn Hải"), Sex.MALE,
                LocalDate.of(1970, 1, 1), "Tày", null, null, null), List.of(MembershipEvent.of(
                MembershipEventType.ADMITTED, LocalDate.of(1995, 6, 1), napan)), "test");
        MainView main = new MainView(TestServices.on(database), new FxBackground(tasks), new FxDialogService(stage),
                new Committee("Đảng bộ xã Hải Yến", "Hải Yến", "Đảng bộ huyện Tiên Yên"));
        stage.setScene(new Scene(main.root(), 1280, 800));
        stage.show();
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
    void recordsTheBadgeOfARoundCandidate(FxRobot robot) {
        robot.clickOn("#nav-badges");
        ComboBox<LocalDate> round = robot.lookup("#badge-round").queryAs(ComboBox.class);
        robot.interact(() -> round.setValue(LocalDate.of(2025, 9, 2)));
        TableView<BadgeCandidate> own = robot.lookup("#badges-own").queryAs(TableView.class);
        waitUntil(() -> own.getItems().size() == 1);
        assertEquals(LocalDate.of(2025, 6, 1), own.getItems().get(0).reachedOn());
        robot.interact(() -> own.getSelectionModel().select(0));
        TextField number = robot.lookup("#badge-decision-number").queryAs(TextField.class);
        robot.interact(() -> number.setText("125-QĐ/HU"));
        robot.clickOn("#badge-award");
        waitUntil(() -> !own.getItems().isEmpty() && own.getItems().get(0).award() != null);
        assertEquals("125-QĐ/HU", own.getItems().get(0).award().decision().number());
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Màn hình không đạt trạng thái mong đợi trong 30 giây", e);
        }
    }
}
