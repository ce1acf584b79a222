package vn.dangvu.ui.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;

/** A candidate taken through the dossier to the ceremony in the window, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class AdmissionScreenTest {

    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private Database database;
    private long napan;

    @Start
    void start(Stage stage) {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        CommitteeService committee = new CommitteeService(database);
        Committee haiYen = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", null);
        committee.setUp(haiYen, List.of(Branch.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null)));
        napan = new BranchService(database).all().get(0).id();
        RegisterService register = new RegisterService(database);
        for (String name : List.of("Nông Văn Bảy", "Hoàng Thị Nhung")) {
            register.createMember(new Member(null, 0, PersonName.parse(name), Sex.MALE, LocalDate.of(1970, 2, 3), "Tày",
                    null, null, null), List.of(MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2000, 5, 19), napan),
                    MembershipEvent.of(MembershipEventType.RECOGNIZED_OFFICIAL, LocalDate.of(2001, 5, 19), null)), "test");
        }
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

    private static String daysAgo(int days) {
        return DateFormats.format(TODAY.minusDays(days));
    }

    @Test
    void aCandidateIsTakenThroughTheDossierToTheCeremony(FxRobot robot) {
        ToggleButton due = robot.lookup("#nav-due").queryAs(ToggleButton.class);
        waitUntil(() -> due.getText().equals("Việc cần làm (0)"));
        robot.interact(() -> robot.lookup("#nav-admissions").queryAs(ToggleButton.class).fire());
        robot.interact(() -> button(robot.lookup(".admission").query(), "#add").fire());

        Node form = formRoot(robot);
        robot.interact(() -> {
            text(form, "#familyName").setText("Đinh");
            text(form, "#middleName").setText("Thị");
            text(form, "#givenName").setText("Thu");
            text(form, "#birthDate").setText("15/08/1997");
            text(form, "#birthPlace").setText("xã Hải Yến, huyện Tiên Yên");
            text(form, "#occupation").setText("Giáo viên");
            text(form, "#citizenId").setText("022197001234");
            ComboBox<Sex> sex = combo(form, "#sex");
            sex.setValue(Sex.FEMALE);
            text(form, "#CLASS_CERTIFICATE-date").setText(daysAgo(200));
            text(form, "#APPLICATION-date").setText(daysAgo(190));
            text(form, "#BIOGRAPHY-date").setText(daysAgo(180));
            text(form, "#BIOGRAPHY_VERIFIED-date").setText(daysAgo(120));
            text(form, "#FIRST_INTRODUCER-date").setText(daysAgo(110));
            text(form, "#SECOND_INTRODUCER-date").setText(daysAgo(110));
            ComboBox<RegisterEntry> first = combo(form, "#FIRST_INTRODUCER-introducer");
            first.setValue(first.getItems().get(0));
            ComboBox<RegisterEntry> second = combo(form, "#SECOND_INTRODUCER-introducer");
            second.setValue(second.getItems().get(1));
            text(form, "#MASS_ORGANISATION_COMMENTS-date").setText(daysAgo(100));
            text(form, "#RESIDENCE_COMMENTS-date").setText(daysAgo(100));
            text(form, "#BRANCH_RESOLUTION-date").setText(daysAgo(90));
            text(form, "#COMMITTEE_RESOLUTION-date").setText(daysAgo(80));
            text(form, "#DECISION-date").setText(daysAgo(20));
            text(form, "#DECISION-number").setText("125-QĐ/HU");
        });
        ComboBox<Branch> branch = combo(form, "#branch");
        robot.interact(() -> branch.setValue(branch.getItems().get(0)));
        robot.interact(() -> button(form, "#save").fire());

        // saved: the dossier is listed, and the ceremony is now due (30 working days after the decision)
        TableView<CandidateLine> table = robot.lookup(".admission .table-view").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).missing() == 0);
        assertEquals("Quyết định kết nạp (" + daysAgo(20) + ")", table.getItems().get(0).lastStep());
        waitUntil(() -> due.getText().equals("Việc cần làm (1)"));

        robot.interact(() -> {
            table.getSelectionModel().select(0);
            button(robot.lookup(".admission").query(), "#open").fire();
        });
        Node reopened = formRoot(robot);
        assertEquals("Giáo viên", text(reopened, "#occupation").getText());
        robot.interact(() -> {
            text(reopened, "#ceremonyDate").setText(daysAgo(5));
            button(reopened, "#ceremony").fire();
        });

        waitUntil(() -> !table.getItems().isEmpty() && table.getItems().get(0).state().startsWith("Đã kết nạp"));
        assertEquals("Đã kết nạp " + daysAgo(5), table.getItems().get(0).state());
        waitUntil(() -> due.getText().equals("Việc cần làm (0)"));
        RegisterEntry admitted = new RegisterService(database).loadRegister().stream()
                .filter(e -> e.name().full().equals("Đinh Thị Thu")).findFirst().orElseThrow();
        assertEquals(MemberStatus.PROBATIONARY, admitted.history().stateOn(TODAY).status());
        assertEquals(TODAY.minusDays(5), admitted.history().admissionDateOn(TODAY).orElseThrow());
        assertTrue(robot.lookup("#stepsGrid").tryQuery().isEmpty(), "the form closed");
    }

    private static Node formRoot(FxRobot robot) {
        waitUntil(() -> robot.lookup("#stepsGrid").tryQuery().isPresent());
        // The register and the candidates screen have fields with the same ids: stay inside the form's window.
        return robot.lookup("#stepsGrid").query().getScene().getRoot();
    }

    private static TextField text(Node root, String id) {
        return (TextField) root.lookup(id);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(Node root, String id) {
        return (ComboBox<T>) root.lookup(id);
    }

    private static Button button(Node root, String id) {
        return (Button) root.lookup(id);
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Màn hình không đạt trạng thái mong đợi trong 20 giây", e);
        }
    }
}
