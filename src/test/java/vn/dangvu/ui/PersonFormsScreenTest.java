package vn.dangvu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.admission.CandidateFormView;
import vn.dangvu.ui.admission.CandidateFormViewModel;
import vn.dangvu.ui.member.MemberFormView;
import vn.dangvu.ui.member.MemberFormViewModel;

/**
 * Both forms lay the person's fields out their own way; in each, a problem with a field (a date
 * the form reads, a value the person refuses) is outlined on that field, headless (Monocle).
 */
@ExtendWith(ApplicationExtension.class)
class PersonFormsScreenTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

    @TempDir
    static Path folder;

    private Database database;
    private Services services;
    private Branch napan;
    private Stage owner;

    @Start
    void start(Stage stage) {
        database = Database.open(folder.resolve("db" + System.nanoTime()));
        napan = new BranchService(database).create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null);
        services = TestServices.on(database);
        owner = stage;
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void theMemberFormShowsEachProblemOnItsField(FxRobot robot) {
        robot.interact(() -> {
            MemberFormViewModel form = new MemberFormViewModel(services.register(), new SynchronousBackground(), new ScriptedDialogs(),
                    TestServices.USER, () -> TODAY);
            form.startNew(List.of(napan));
            new MemberFormView(form).show(owner, id -> { });
        });
        Parent form = robot.lookup("#armyDischargedOn").query().getScene().getRoot();
        robot.interact(() -> {
            fillPerson(form);
            text(form, "#birthDate").setText("31/02/1997");
            text(form, "#armyEnlistedOn").setText("01/02/2015");
            text(form, "#armyDischargedOn").setText("01/02/2013");
            save(form);
        });
        assertError(form, "#birthDate", "Ngày sinh \"31/02/1997\" không đúng dạng dd/MM/yyyy.");
        assertFalse(text(form, "#armyDischargedOn").getStyleClass().contains("invalid"),
                "the person's own rules speak once the form's checks pass");

        robot.interact(() -> {
            text(form, "#birthDate").setText("12/04/1995");
            save(form);
        });
        assertFalse(text(form, "#birthDate").getStyleClass().contains("invalid"));
        assertError(form, "#armyDischargedOn", "Ngày xuất ngũ 01/02/2013 trước ngày nhập ngũ 01/02/2015.");
    }

    @Test
    void theCandidateFormShowsEachProblemOnItsField(FxRobot robot) {
        robot.interact(() -> {
            CandidateFormViewModel form = new CandidateFormViewModel(services.admissions(), new SynchronousBackground(),
                    new ScriptedDialogs(), TestServices.USER, () -> TODAY);
            form.startNew(List.of(napan), List.of(), napan);
            new CandidateFormView(form).show(owner, id -> { }, id -> { });
        });
        Parent form = robot.lookup("#stepsGrid").query().getScene().getRoot();
        robot.interact(() -> {
            fillPerson(form);
            text(form, "#birthDate").setText("15/08/2025");
            text(form, "#citizenId").setText("0221970012");
            save(form);
        });
        assertError(form, "#birthDate", "Ngày sinh 15/08/2025 ở tương lai.");

        robot.interact(() -> {
            text(form, "#birthDate").setText("15/08/1997");
            save(form);
        });
        assertError(form, "#citizenId", "Số CCCD phải gồm đúng 12 chữ số: \"0221970012\".");
    }

    @SuppressWarnings("unchecked")
    private static void fillPerson(Parent form) {
        text(form, "#familyName").setText("Đinh");
        text(form, "#middleName").setText("Thị");
        text(form, "#givenName").setText("Thu");
        ((ComboBox<Sex>) form.lookup("#sex")).setValue(Sex.FEMALE);
    }

    private static void save(Parent form) {
        ((Button) form.lookup("#save")).fire();
    }

    private static void assertError(Parent form, String id, String message) {
        TextField field = text(form, id);
        assertTrue(field.getStyleClass().contains("invalid"), id + " " + field.getStyleClass());
        assertEquals(message, field.getTooltip().getText());
    }

    private static TextField text(Parent form, String id) {
        return (TextField) form.lookup(id);
    }
}
