package vn.dangvu.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.TaskRunner;
import vn.dangvu.logic.backup.BackupFile;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.DataFileUnreadableException;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.ServerLoginRefusedException;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;
import vn.dangvu.ui.login.LoginScreen;
import vn.dangvu.ui.main.MainView;
import vn.dangvu.ui.setup.SetupView;
import vn.dangvu.ui.setup.SetupViewModel;

/** The JavaFX application: shows the window at once, opens the data folder in the background. */
public final class DangVuApp extends Application {

    /** Handed over by {@link #launchWith}: JavaFX creates the application object itself. */
    private static Path dataFolder;
    /** The PostgreSQL server holding the data, or null for the file in the data folder. */
    private static ServerAddress server;
    private static StartupProbe probe;
    /** The database thread, started before JavaFX so that the file opens while the toolkit starts. */
    private static TaskRunner tasks;
    private static CompletableFuture<Opened> opening;

    /** Set on the database thread once the data is open; cleared there when it is closed. */
    private volatile Services services;
    private final BorderPane root = new BorderPane();
    private Stage stage;
    private Background background;
    private FxDialogService dialogs;
    private Closing closing;

    /** Opens the window on the data folder; returns when it has been closed and the database thread has stopped. */
    public static void launchWith(Path folder, ServerAddress dataServer, StartupProbe startupProbe) {
        dataFolder = folder;
        server = dataServer;
        probe = startupProbe;
        tasks = new TaskRunner();
        if (!needsPassword()) {
            opening = tasks.submit(() -> Opened.in(folder, Database.open(folder, null, dataServer)));
        }
        Application.launch(DangVuApp.class);
        tasks.close();
    }

    @Override
    public void start(Stage primaryStage) {
        probe.failOnUncaughtErrors();
        stage = primaryStage;
        Label opening = new Label("Đang mở dữ liệu…");
        // A still line, no spinning indicator: drawn in software (an old PC's graphics) every frame
        // of its animation took CPU from opening the database.
        root.setCenter(new VBox(12, opening));
        ((VBox) root.getCenter()).setAlignment(javafx.geometry.Pos.CENTER);
        Scene scene = new Scene(root, 1200, 760);
        scene.getStylesheets().add(Styles.APP);
        stage.setScene(scene);
        stage.setTitle("Đảng Vụ");
        stage.getIcons().add(new Image(Styles.ICON));
        stage.show();
        dialogs = new FxDialogService(stage);
        background = new FxBackground(tasks);
        closing = new Closing(tasks, dialogs, Platform::runLater);
        stage.setOnCloseRequest(this::closeRequested);
        if (needsPassword()) {
            root.setCenter(LoginScreen.of(dataFolder, background,
                    opened -> open(() -> Opened.in(dataFolder, opened), background, dialogs)));
            probe.screenShown(scene);
            return;
        }
        open(DangVuApp::openedEarly, background, dialogs);
    }

    /**
     * The services are built on the database thread too: they read the office's rule tables, and the
     * FX thread has the window to draw.
     */
    private void open(java.util.function.Supplier<Opened> opening, Background background, FxDialogService dialogs) {
        background.run(() -> {
            Opened opened = opening.get();
            services = opened.services();
            return opened.committee();
        }, this::opened,
                error -> {
                    if (probe.isOn()) {
                        probe.failed("không mở được dữ liệu: " + DialogService.messageOf(error));
                        return;
                    }
                    if (error instanceof ServerLoginRefusedException) {
                        askServerPassword(DialogService.messageOf(error), background, dialogs);
                        return;
                    }
                    if (error instanceof DataFileUnreadableException) {
                        offerLastBackup(DialogService.messageOf(error), background, dialogs);
                        return;
                    }
                    dialogs.showError("Không mở được dữ liệu", DialogService.messageOf(error));
                    Platform.exit();
                });
    }

    /**
     * The server wants a password this computer does not keep (decision 0026: outside Windows none
     * is kept, and a settings file from another user opens none): asked for, then the server opened
     * again; cancelling ends the app.
     */
    private void askServerPassword(String problem, Background background, FxDialogService dialogs) {
        Optional<String> password = dialogs.askPassword("Máy chủ dữ liệu", problem + "\nMật khẩu của "
                + server + ":");
        if (password.isEmpty()) {
            Platform.exit();
            return;
        }
        server = new ServerAddress(server.url(), server.user(), password.get());
        open(() -> Opened.in(dataFolder, Database.openServer(dataFolder, server)), background, dialogs);
    }

    /** A damaged data file: the newest verified backup, if there is one, put in its place on request. */
    private void offerLastBackup(String problem, Background background, FxDialogService dialogs) {
        background.run(() -> BackupService.listIn(dataFolder).stream().findFirst(), newest -> {
            if (newest.isEmpty()) {
                dialogs.showError("Không mở được dữ liệu", problem + "\n\nKhông có bản sao lưu nào trong thư mục "
                        + dataFolder.resolve(DataFile.BACKUP_FOLDER) + ".");
                Platform.exit();
                return;
            }
            BackupFile backup = newest.get();
            boolean restore = dialogs.confirm("Tệp dữ liệu bị hỏng", problem + "\n\nKhôi phục bản sao lưu gần nhất, ngày "
                    + DateFormats.format(backup.takenAt())
                    + " (đã kiểm tra)? Những thay đổi sau thời điểm đó sẽ phải nhập lại. Tệp hỏng được giữ lại"
                    + " trong thư mục dữ liệu, không bị xóa.");
            if (!restore) {
                Platform.exit();
                return;
            }
            background.run(() -> BackupService.replaceDamagedData(dataFolder, backup.file(), null), kept -> {
                dialogs.showInfo("Đã khôi phục", "Dữ liệu đã được khôi phục từ bản sao lưu. Tệp hỏng được giữ lại: "
                        + kept.getFileName());
                open(() -> Opened.in(dataFolder, Database.open(dataFolder)), background, dialogs);
            }, e -> {
                dialogs.showError("Không khôi phục được", DialogService.messageOf(e));
                Platform.exit();
            });
        }, e -> {
            dialogs.showError("Không mở được dữ liệu", problem);
            Platform.exit();
        });
    }

    private void opened(Optional<Committee> committee) {
        if (closing.underway()) {
            return;
        }
        if (committee.isPresent()) {
            showMain(committee.get());
            return;
        }
        stage.setTitle("Đảng Vụ — Thiết lập lần đầu");
        SetupView setup = new SetupView(new SetupViewModel(services.committee(), services.demo(), services.passwords(),
                background), () -> background.run(() -> services.committee().find().orElseThrow(), this::showMain,
                e -> dialogs.showError("Thiết lập", DialogService.messageOf(e))));
        root.setCenter(setup.root());
        probe.screenShown(stage.getScene());
    }

    /** An encrypted file in the data folder; a server asks no password of its own (decision 0015). */
    private static boolean needsPassword() {
        return server == null && DataFile.isEncrypted(dataFolder);
    }

    /** What {@link #launchWith} opened; this runs on the same thread, after it. */
    private static Opened openedEarly() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void showMain(Committee committee) {
        MainView main = new MainView(services, background, dialogs, committee);
        stage.setTitle("Đảng Vụ — " + committee.name());
        stage.getScene().setRoot(main.root());
        main.installShortcuts(stage.getScene());
        probe.screenShown(stage.getScene());
    }

    /**
     * The window's close button, "Thoát" and the end of a restore: work in progress finishes first,
     * then the closing backup, while the window says so; then the application ends.
     */
    private void closeRequested(WindowEvent event) {
        event.consume();
        Services open = services;
        boolean backUp = open != null && !probe.isOn() && !open.backups().onServer();
        String lastWork = backUp ? "Đang sao lưu…" : "Đang đóng…";
        if (!closing.request(this::closeDatabase, lastWork, Platform::exit)) {
            return;
        }
        List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        Label status = new Label();
        status.textProperty().bind(closing.statusProperty());
        VBox waiting = new VBox(12, status);
        waiting.setAlignment(javafx.geometry.Pos.CENTER);
        stage.getScene().setRoot(waiting);
    }

    /** On the database thread, after the work queued before it: the closing backup, then the database is closed. */
    private void closeDatabase() {
        Services open = services;
        if (open == null) {
            return; // not opened, or closed already
        }
        services = null;
        if (!probe.isOn()) { // a probe only opened the window: nothing to keep
            OnClose.backUp(open.backups());
        }
        open.close();
    }

    /**
     * The application ends some other way (a probe, a failure to open): the database is closed on its
     * own thread after any save in flight; {@link #launchWith} waits for it.
     */
    @Override
    public void stop() {
        tasks.submit(() -> {
            closeDatabase();
            return null;
        });
    }

    /**
     * The database with what the first screen needs from it. Read in the task that opens it, before
     * JavaFX has started, so that the first queries' class loading overlaps the toolkit's start.
     */
    private record Opened(Services services, Optional<Committee> committee) {

        static Opened in(Path folder, Database database) {
            Services services = Services.on(database, folder);
            try {
                return new Opened(services, services.committee().find());
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        }
    }
}
