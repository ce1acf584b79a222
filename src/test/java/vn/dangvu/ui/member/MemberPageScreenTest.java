package vn.dangvu.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.TaskRunner;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Committee;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.history.HistoryLine;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;
import vn.dangvu.ui.register.RegisterLine;

/** Ctrl+Z on a member's page takes back the branch move just recorded, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MemberPageScreenTest {

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private Database database;

    @Start
    void start(Stage stage) {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        Committee haiYen = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", null);
        new CommitteeService(database).setUp(haiYen, List.of(Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null),
                Branch.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, null)));
        List<Branch> branches = new BranchService(database).all();
        long napan = branches.stream().filter(b -> b.name().endsWith("Nà Pàn")).findFirst().orElseThrow().id();
        long khonpat = branches.stream().filter(b -> b.name().endsWith("Khòn Pát")).findFirst().orElseThrow().id();
        RegisterService register = new RegisterService(database);
        long id = register.createMember(new Member(null, 0, PersonName.parse("Nguyễn Văn Đức"), Sex.MALE,
                        LocalDate.of(1980, 5, 3), "Kinh", null, MemberIds.NONE, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2005, 6, 1), napan)), "thư ký")
                .member().id();
        register.recordEvent(id, MembershipEvent.of(MembershipEventType.BRANCH_MOVED, LocalDate.of(2026, 3, 18),
                khonpat), "thư ký");
        MainView main = new MainView(TestServices.on(database), new FxBackground(tasks), new FxDialogService(stage),
                haiYen);
        Scene scene = new Scene(main.root(), 1200, 760);
        main.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        ((javafx.scene.control.ToggleButton) scene.lookup("#nav-register")).fire();
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
    void ctrlZOnTheMemberPageTakesBackTheLastChange(FxRobot robot) {
        TableView<RegisterLine> table = robot.lookup(".table-view").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Chi bộ thôn Khòn Pát", table.getItems().get(0).branchName());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#timeline").tryQuery().isPresent()
                && robot.lookup("#timeline").queryAs(ListView.class).getItems().size() == 2);
        ListView<TimelineItem> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        robot.interact(() -> timeline.getScene().getWindow().requestFocus());
        robot.interact(timeline::requestFocus);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> timeline.getItems().size() == 1);
        assertEquals("Kết nạp", timeline.getItems().get(0).title());
        ListView<HistoryLine> changes = robot.lookup("#changes").queryAs(ListView.class);
        waitUntil(() -> changes.getItems().size() == 3);
        assertEquals("Hoàn tác: 18/03/2026: chuyển từ Chi bộ thôn Nà Pàn sang Chi bộ thôn Khòn Pát",
                changes.getItems().get(0).sentence());
        waitUntil(() -> "Chi bộ thôn Nà Pàn".equals(table.getItems().get(0).branchName()));
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Màn hình không đạt trạng thái mong đợi trong 15 giây", e);
        }
    }
}
