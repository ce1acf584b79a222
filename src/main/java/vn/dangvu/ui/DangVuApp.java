package vn.dangvu.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import vn.dangvu.logic.AdmissionDocuments;
import vn.dangvu.logic.AdmissionReportService;
import vn.dangvu.logic.AdmissionService;
import vn.dangvu.logic.BranchService;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.DueService;
import vn.dangvu.logic.RegisterService;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.TaskRunner;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.AdmissionDeadlines;
import vn.dangvu.model.Committee;
import vn.dangvu.ui.main.MainView;
import vn.dangvu.ui.setup.SetupView;
import vn.dangvu.ui.setup.SetupViewModel;

/** The JavaFX application: shows the window at once, opens the data folder in the background. */
public final class DangVuApp extends Application {

    private static Path dataFolder;

    private final TaskRunner tasks = new TaskRunner();
    private Database database;
    private AdmissionDeadlines deadlines;
    private final BorderPane root = new BorderPane();
    private Stage stage;

    public static void launchWith(Path folder) {
        dataFolder = folder;
        Application.launch(DangVuApp.class);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        Label opening = new Label("Đang mở dữ liệu…");
        root.setCenter(new VBox(12, new ProgressIndicator(), opening));
        ((VBox) root.getCenter()).setAlignment(javafx.geometry.Pos.CENTER);
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(Styles.APP);
        stage.setScene(scene);
        stage.setTitle("Đảng Vụ");
        stage.show();
        FxDialogService dialogs = new FxDialogService(stage);
        Background background = new FxBackground(tasks);
        background.run(() -> {
            database = Database.open(dataFolder);
            deadlines = RuleTables.admissionDeadlines(dataFolder);
            return new CommitteeService(database).find();
        }, committee -> opened(committee, context(background, dialogs)),
                error -> {
                    dialogs.showError("Không mở được dữ liệu", DialogService.messageOf(error));
                    Platform.exit();
                });
    }

    private AppContext context(Background background, DialogService dialogs) {
        DueService due = new DueService(database, deadlines);
        return new AppContext(new RegisterService(database), new BranchService(database), new CommitteeService(database),
                new DemoService(database), new AdmissionService(database, deadlines), due,
                new AdmissionReportService(database), new AdmissionDocuments(database, due, dataFolder), background,
                dialogs, userName());
    }

    private void opened(Optional<Committee> committee, AppContext context) {
        if (committee.isPresent()) {
            showMain(context, committee.get());
            return;
        }
        stage.setTitle("Đảng Vụ — Thiết lập lần đầu");
        SetupView setup = new SetupView(new SetupViewModel(context), () -> context.background().run(
                () -> context.committee().find().orElseThrow(), c -> showMain(context, c),
                e -> context.dialogs().showError("Thiết lập", DialogService.messageOf(e))));
        root.setCenter(setup.root());
    }

    private void showMain(AppContext context, Committee committee) {
        MainView main = new MainView(context, committee);
        stage.setTitle("Đảng Vụ — " + committee.name());
        stage.getScene().setRoot(main.root());
        main.installShortcuts(stage.getScene());
    }

    private static String userName() {
        return System.getProperty("user.name", "");
    }

    /** Closes the database on its own thread after any save in flight. */
    @Override
    public void stop() {
        tasks.submit(() -> {
            if (database != null) {
                database.close();
            }
            return null;
        });
        tasks.close();
    }
}
