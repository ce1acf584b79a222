package vn.dangvu.ui.register;

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
import javafx.scene.control.TextField;
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
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;
import vn.dangvu.ui.member.TimelineItem;

/** The clerk's main path through the register, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class RegisterScreenTest {

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private Database database;
    private long napan;
    private long khonpat;

    @Start
    void start(Stage stage) {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        CommitteeService committee = new CommitteeService(database);
        Committee haiYen = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", null);
        committee.setUp(haiYen, List.of(Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null),
                Branch.create("Chi bộ thôn Khòn Pát", BranchKind.VILLAGE, null)));
        BranchService branches = new BranchService(database);
        napan = branches.all().stream().filter(b -> b.name().endsWith("Nà Pàn")).findFirst().orElseThrow().id();
        khonpat = branches.all().stream().filter(b -> b.name().endsWith("Khòn Pát")).findFirst().orElseThrow().id();
        RegisterService register = new RegisterService(database);
        admit(register, "Nguyễn Văn Đức", Sex.MALE, LocalDate.of(1980, 5, 3), LocalDate.of(2005, 6, 1), napan, "01234567");
        admit(register, "Trần Thị Đông", Sex.FEMALE, LocalDate.of(1985, 1, 9), LocalDate.of(2010, 3, 2), napan, "07654321");
        admit(register, "Lê Văn Dũng", Sex.MALE, LocalDate.of(1990, 7, 20), LocalDate.of(2015, 9, 2), khonpat, null);
        MainView main = new MainView(TestServices.on(database), new FxBackground(tasks), new FxDialogService(stage),
                haiYen);
        Scene scene = new Scene(main.root(), 1200, 760);
        main.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
        // The window opens on "Việc cần làm"; these tests are about the register.
        ((javafx.scene.control.ToggleButton) scene.lookup("#nav-register")).fire();
    }

    private static void admit(RegisterService register, String name, Sex sex, LocalDate born, LocalDate admitted,
                              long branchId, String card) {
        register.createMember(new Member(null, 0, PersonName.parse(name), sex, born, "Kinh", null,
                new MemberIds(card, null, null), null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, admitted, branchId),
                        MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, admitted.plusYears(1), null)),
                "test");
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
    void searchIgnoresCaseAndDiacritics(FxRobot robot) {
        TableView<RegisterLine> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);
        robot.interact(() -> search(robot).setText("nguyen van duc"));
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Nguyễn Văn Đức", table.getItems().get(0).fullName());
        robot.interact(() -> search(robot).setText("dung"));
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Lê Văn Dũng", table.getItems().get(0).fullName(), "\"dung\" must not find Đông");
    }

    @Test
    void namesAreListedByGivenNameWithDBeforeĐ(FxRobot robot) {
        TableView<RegisterLine> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);
        assertEquals(List.of("Lê Văn Dũng", "Trần Thị Đông", "Nguyễn Văn Đức"),
                table.getItems().stream().map(RegisterLine::fullName).toList());
    }

    @Test
    void addedMemberStaysVisibleDespiteTheBranchFilter(FxRobot robot) {
        TableView<RegisterLine> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);
        ComboBox<Branch> branchFilter = robot.lookup("#branch").queryAs(ComboBox.class);
        robot.interact(() -> branchFilter.setValue(branchFilter.getItems().stream()
                .filter(b -> b != null && b.id() == khonpat).findFirst().orElseThrow()));
        waitUntil(() -> table.getItems().size() == 1);

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#familyName").tryQuery().isPresent());
        robot.interact(() -> {
            text(robot, "#familyName").setText("Hoàng");
            text(robot, "#middleName").setText("Thị");
            text(robot, "#givenName").setText("Ánh");
            text(robot, "#birthDate").setText("12/4/1995");
            text(robot, "#admissionDate").setText("02/09/2024");
            text(robot, "#cardNumber").setText("00112233");
            // The register has filters with the same ids: look only inside the form's window.
            javafx.scene.Node form = robot.lookup("#familyName").query().getScene().getRoot();
            ComboBox<Sex> sex = robot.from(form).lookup("#sex").queryAs(ComboBox.class);
            sex.setValue(Sex.FEMALE);
            ComboBox<Branch> branch = robot.from(form).lookup("#branch").queryAs(ComboBox.class);
            branch.setValue(branch.getItems().stream().filter(b -> b.id() == napan).findFirst().orElseThrow());
        });
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> table.getItems().stream().anyMatch(l -> l.fullName().equals("Hoàng Thị Ánh")));
        RegisterLine added = table.getSelectionModel().getSelectedItem();
        assertEquals("Hoàng Thị Ánh", added.fullName(), "the new member is selected");
        assertEquals("Chi bộ thôn Nà Pàn", added.branchName());
        assertEquals("Dự bị", added.status());
    }

    @Test
    void invalidFormSaysWhatIsWrongAndSavesNothing(FxRobot robot) {
        TableView<RegisterLine> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#familyName").tryQuery().isPresent());
        robot.interact(() -> {
            text(robot, "#familyName").setText("Phạm");
            text(robot, "#givenName").setText("Hùng");
            text(robot, "#birthDate").setText("31/02/2001");
        });
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".form-error").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText())
                .anyMatch(t -> t.contains("Ngày sinh \"31/02/2001\" không đúng dạng dd/MM/yyyy")));
        assertTrue(text(robot, "#birthDate").getStyleClass().contains("invalid"));
        assertEquals(3, table.getItems().size());
    }

    @Test
    void enterOpensTheMemberTimeline(FxRobot robot) {
        TableView<RegisterLine> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);
        robot.interact(() -> search(robot).setText("07654321"));
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#timeline").tryQuery().isPresent()
                && !robot.lookup("#timeline").queryAs(ListView.class).getItems().isEmpty());
        ListView<TimelineItem> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        assertEquals("02/03/2010", timeline.getItems().get(0).date());
        assertEquals("Kết nạp", timeline.getItems().get(0).title());
        assertTrue(timeline.getItems().get(0).details().contains("Chi bộ thôn Nà Pàn"));
        assertEquals("Công nhận đảng viên chính thức", timeline.getItems().get(1).title());
    }

    @Test
    void undoInTheMainWindowAlsoUpdatesAnOpenMemberPage(FxRobot robot) {
        TableView<RegisterLine> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);
        long duc = table.getItems().stream().filter(l -> l.fullName().equals("Nguyễn Văn Đức")).findFirst()
                .orElseThrow().id();
        tasks.submit(() -> new RegisterService(database).recordEvent(duc,
                MembershipEvent.of(MembershipEventType.BRANCH_MOVED, LocalDate.of(2020, 3, 18), khonpat), "thư ký")).join();
        robot.interact(() -> search(robot).setText("01234567"));
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#timeline").tryQuery().isPresent()
                && robot.lookup("#timeline").queryAs(ListView.class).getItems().size() == 3);

        javafx.scene.control.MenuBar menus = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem undo = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "Hoàn tác thay đổi gần nhất".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(undo::fire);

        ListView<TimelineItem> timeline = robot.lookup("#timeline").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().size() == 2);
        assertEquals("Công nhận đảng viên chính thức", timeline.getItems().get(1).title());
    }

    private static TableView<RegisterLine> table(FxRobot robot) {
        return robot.lookup(".table-view").queryAs(TableView.class);
    }

    private static TextField search(FxRobot robot) {
        return robot.lookup("#search").queryAs(TextField.class);
    }

    private static TextField text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Màn hình không đạt trạng thái mong đợi trong 15 giây", e);
        }
    }
}
