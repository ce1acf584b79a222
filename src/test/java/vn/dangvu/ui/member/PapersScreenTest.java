package vn.dangvu.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
import vn.dangvu.logic.paper.SamplePapers;
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
import vn.dangvu.model.paper.PaperType;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;
import vn.dangvu.ui.register.RegisterLine;

/** A clerk adds a photo to a member's file from the member page, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class PapersScreenTest {

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Database database;

    @Start
    void start(Stage stage) {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        Committee haiYen = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", null);
        new CommitteeService(database).setUp(haiYen, List.of(Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null)));
        long napan = new BranchService(database).all().get(0).id();
        new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Nguyễn Văn Đức"), Sex.MALE,
                        LocalDate.of(1980, 5, 3), "Kinh", null, MemberIds.NONE, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2005, 6, 1), napan)), "thư ký");
        MainView main = new MainView(TestServices.on(database), new FxBackground(tasks), dialogs, haiYen);
        Scene scene = new Scene(main.root(), 1200, 760);
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
    void aPhotoChosenOnTheMemberPageAppearsAsAThumbnailAndLeavesTheMissingList(FxRobot robot) throws IOException {
        Path photo = Files.write(folder.resolve("anh-the.jpg"), SamplePapers.photo(1));
        dialogs.files.add(Optional.of(photo));
        TableView<RegisterLine> table = robot.lookup(".table-view").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#papers").tryQuery().isPresent());
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        Label missing = robot.lookup("#missingPapers").queryAs(Label.class);
        waitUntil(() -> missing.getText().contains("Ảnh đảng viên"));
        ComboBox<PaperType> type = robot.lookup("#paperType").queryAs(ComboBox.class);
        robot.interact(() -> type.getSelectionModel().select(type.getItems().stream()
                .filter(PaperType::photo).findFirst().orElseThrow()));
        robot.clickOn("#paperDate").write("01/05/2024");

        robot.clickOn("#addPaper");

        ListView<PaperTile> papers = robot.lookup("#papers").queryAs(ListView.class);
        waitUntil(() -> papers.getItems().size() == 1);
        PaperTile tile = papers.getItems().get(0);
        assertEquals("Ảnh đảng viên (3×4 hoặc 4×6)", tile.title());
        assertTrue(tile.details().startsWith("ngày 01/05/2024 · ảnh JPEG, 1 trang"), tile.details());
        assertEquals(120, (int) tile.thumbnail().getWidth(), "the 300 × 400 photo shrunk into the 120 × 160 box");
        assertEquals(160, (int) tile.thumbnail().getHeight());
        waitUntil(() -> !missing.getText().contains("Ảnh đảng viên"));
        assertEquals(List.of(), dialogs.errors);
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Màn hình không đạt trạng thái mong đợi trong 15 giây", e);
        }
    }
}
