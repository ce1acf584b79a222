package vn.dangvu.ui.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;

/** The clerk rates a branch with the keyboard alone and saves with Ctrl+S, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class RatingScreenTest {

    private static final int YEAR = 2024;

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private static Database database;

    /** The committee is recorded before the window opens, off the FX thread. */
    @BeforeAll
    static void recordABranch() {
        database = Database.open(folder.resolve("db"));
        long branch = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE,
                LocalDate.of(2000, 1, 1)).id();
        RegisterService register = new RegisterService(database);
        for (String name : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Đỗ Thị Dung")) {
            register.createMember(new Member(null, 0, PersonName.parse(name), Sex.FEMALE, LocalDate.of(1985, 1, 1), "Kinh",
                    null, null, new MemberProfile.Builder().build()),
                    List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2015, 3, 2), branch)), "thư ký");
        }
    }

    @Start
    void start(Stage stage) {
        MainView main = new MainView(TestServices.on(database), new FxBackground(tasks), new FxDialogService(stage),
                new Committee("Đảng bộ xã Hải Yến", "Hải Yến", null));
        stage.setScene(new Scene(main.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stopTasks() {
        tasks.close();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void ratesABranchFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#nav-ratings");
        ComboBox<Integer> year = robot.lookup("#rating-year").queryAs(ComboBox.class);
        robot.interact(() -> year.setValue(YEAR));
        TableView<RatingLine> grid = robot.lookup("#rating-grid").queryAs(TableView.class);
        waitUntil(() -> grid.getItems().size() == 4);

        robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().select(0);
        });
        robot.write("TTXK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(RatingGrade.GOOD, RatingGrade.GOOD, RatingGrade.EXCELLENT, RatingGrade.NOT_COMPLETED),
                grid.getItems().stream().map(l -> l.gradeProperty().get()).toList());
        ListView<String> warnings = robot.lookup("#rating-warnings").queryAs(ListView.class);
        assertTrue(warnings.getItems().get(0).startsWith("Có 1 đảng viên \"Hoàn thành xuất sắc nhiệm vụ\""),
                warnings.getItems().toString());

        assertTrue(robot.lookup("Cảnh báo (1, không tự sửa xếp loại):").tryQuery().isPresent(), "the number of warnings");
        ListView<String> branchWarnings = robot.lookup("#rating-branch-warnings").queryAs(ListView.class);
        assertEquals(warnings.getItems(), branchWarnings.getItems(), "also beside the branches' grades");

        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> database.read(r -> r.ratings().ofYear(YEAR)).size() == 4);
        robot.clickOn("Bảng tổng hợp");
        TableView<?> tables = robot.lookup("#rating-distribution").queryAs(TableView.class);
        waitUntil(() -> !tables.getItems().isEmpty()); // opened, the tab shows the tables without a click
        List<RatingEntry> saved = database.read(r -> r.ratings().ofYear(YEAR));
        assertEquals(2, saved.stream().filter(e -> e.grade() == RatingGrade.GOOD).count());
        assertTrue(saved.stream().allMatch(e -> e.branchId() != null), "rated in their branch");
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Màn hình không đạt trạng thái mong đợi trong 60 giây", e);
        }
    }
}
