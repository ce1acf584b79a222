package vn.dangvu.ui.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
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
import vn.dangvu.logic.meeting.MeetingFixture;
import vn.dangvu.model.Branch;
import vn.dangvu.model.meeting.Attendance;
import vn.dangvu.model.meeting.AttendanceMark;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.ui.FxBackground;
import vn.dangvu.ui.FxDialogService;
import vn.dangvu.ui.TestServices;
import vn.dangvu.ui.main.MainView;

/** The clerk records a branch meeting with its attendance, headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class MeetingsScreenTest {

    @TempDir
    static Path folder;

    private final TaskRunner tasks = new TaskRunner();
    private MeetingFixture f;

    @Start
    void start(Stage stage) {
        f = new MeetingFixture(folder.resolve("db" + System.nanoTime()));
        MainView main = new MainView(TestServices.on(f.database), new FxBackground(tasks), new FxDialogService(stage),
                MeetingFixture.COMMITTEE);
        Scene scene = new Scene(main.root(), 1280, 800);
        main.installShortcuts(scene);
        stage.setScene(scene);
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
    void recordsAMeetingWithAttendance(FxRobot robot) {
        robot.clickOn("Sinh hoạt chi bộ");
        ComboBox<Branch> branch = robot.lookup("#branch").queryAs(ComboBox.class);
        waitUntil(() -> branch.getItems().size() == 2 && branch.getValue() != null);
        robot.interact(() -> branch.setValue(branch.getItems().stream().filter(b -> b.id() == f.napan).findFirst()
                .orElseThrow()));
        TableView<MeetingLine> meetings = robot.lookup("#meetingsTable").queryAs(TableView.class);

        robot.clickOn("#newButton");
        waitUntil(() -> robot.lookup("#startTime").tryQuery().isPresent());
        // The meetings screen has ids of its own: look only inside the form's window.
        Node form = robot.lookup("#startTime").query().getScene().getRoot();
        TableView<AttendanceRow> attendance = robot.from(form).lookup("#attendance").queryAs(TableView.class);
        waitUntil(() -> !attendance.getItems().isEmpty());
        robot.interact(() -> {
            robot.from(form).lookup("#date").queryAs(TextField.class).setText("05/03/2026");
            robot.from(form).lookup("#startTime").queryAs(TextField.class).setText("7:30");
            robot.from(form).lookup("#endTime").queryAs(TextField.class).setText("9:30");
            robot.from(form).lookup("#chair").queryAs(TextField.class).setText("Nguyễn Văn Đức");
        });
        waitUntil(() -> attendance.getItems().size() == 4);
        assertEquals(List.of("Hoàng Thị Ánh", "Trần Thị Đông", "Nguyễn Văn Đức", "Vũ Văn Cường"),
                attendance.getItems().stream().map(AttendanceRow::name).toList());

        // Đông: one click on "Vắng không lý do" in her row.
        RadioButton dongAbsent = robot.from(form).lookup(".radio-button").queryAllAs(RadioButton.class).stream()
                .filter(r -> r.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell
                        && cell.getTableColumn().getId().equals("unexcusedColumn")
                        && cell.getTableRow().getItem() instanceof AttendanceRow row && row.name().equals("Trần Thị Đông"))
                .findFirst().orElseThrow();
        robot.clickOn(dongAbsent);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AttendanceMark.ABSENT_UNEXCUSED, attendance.getItems().get(1).markProperty().get());
        String counts = robot.from(form).lookup("#countsText").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(counts.contains("phải dự 3 · có mặt 2 · vắng có lý do 0 · vắng không lý do 1"), counts);

        robot.clickOn(robot.from(form).lookup("#save").queryAs(Button.class));
        waitUntil(() -> meetings.getItems().size() == 1);
        assertEquals("05/03/2026", meetings.getItems().get(0).date());
        assertEquals("3/4", meetings.getItems().get(0).attendance());
        Meeting stored = f.meetings.load(meetings.getItems().get(0).id());
        assertTrue(stored.attendance().contains(new Attendance(f.dong, AttendanceMark.ABSENT_UNEXCUSED, null)));
        assertEquals("Nguyễn Văn Đức", stored.chair());
    }

    private static void waitUntil(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Màn hình không đạt trạng thái mong đợi trong 15 giây", e);
        }
    }
}
