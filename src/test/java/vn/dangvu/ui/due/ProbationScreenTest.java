package vn.dangvu.ui.due;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;

/** A member whose probation has ended: the dossier completed and the recognition recorded from the home screen. */
@ExtendWith(ApplicationExtension.class)
class ProbationScreenTest {

    private static final LocalDate TODAY = LocalDate.now();
    private static final LocalDate CEREMONY = TODAY.minusMonths(12).minusDays(3);

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private Database database;
    private long member;

    @Start
    void start(Stage stage) {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        Committee haiYen = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", null);
        new CommitteeService(database).setUp(haiYen, List.of(Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null)));
        long napan = new BranchService(database).all().get(0).id();
        member = new RegisterService(database).createMember(new Member(null, 0, PersonName.parse("Đinh Thị Thu"),
                Sex.FEMALE, LocalDate.of(1997, 8, 15), "Tày", null, null, null),
                List.of(MembershipEvent.of(MembershipEventType.ADMITTED, CEREMONY, napan)), "test").member().id();
        MainView main = new MainView(TestServices.on(database), new FxBackground(tasks), new FxDialogService(stage),
                haiYen);
        Scene scene = new Scene(main.root(), 1200, 760);
        main.installShortcuts(scene);
        stage.setScene(scene);
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
    void theDossierIsCompletedAndTheMemberRecognisedFromTheHomeScreen(FxRobot robot) {
        ToggleButton due = robot.lookup("#nav-due").queryAs(ToggleButton.class);
        waitUntil(() -> due.getText().equals("Việc cần làm (2)"));
        @SuppressWarnings("unchecked")
        TableView<DueLine> table = robot.lookup(".due .table-view").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        Node screen = robot.lookup(".due").query();
        waitUntil(() -> !screen.lookup("#dossierBox").isDisabled());

        robot.interact(() -> {
            String day = DateFormats.format(CEREMONY.plusMonths(6));
            for (String step : List.of("NEW_MEMBER_CLASS", "SELF_REVIEW", "MENTOR_REPORT", "ORGANISATION_COMMENTS",
                    "BRANCH_RESOLUTION", "COMMITTEE_RESOLUTION")) {
                ((TextField) screen.lookup("#dossier-date-" + step)).setText(day);
            }
            ((Button) screen.lookup("#saveDossier")).fire();
        });
        Label missing = (Label) screen.lookup("#dossierMissing");
        waitUntil(() -> missing.getText().equals("Hồ sơ dự bị đã đủ."));

        robot.interact(() -> {
            ((TextField) screen.lookup("#decisionNumber")).setText("88-QĐ/HU");
            ((TextField) screen.lookup("#decisionDate")).setText(DateFormats.format(TODAY));
            ((Button) screen.lookup("#recognise")).fire(); // complete dossier: no question asked
        });
        waitUntil(() -> due.getText().equals("Việc cần làm (0)"));
        assertEquals(MemberStatus.OFFICIAL, new RegisterService(database).loadMember(member).history().stateOn(TODAY)
                .status());
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Màn hình không đạt trạng thái mong đợi trong 20 giây", e);
        }
    }
}
