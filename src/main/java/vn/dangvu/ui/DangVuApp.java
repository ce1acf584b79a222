package vn.dangvu.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the data folder in the background, then the main window. */
public final class DangVuApp extends Application {

    private static Path dataFolder;

    public static void launchWith(Path folder) {
        dataFolder = folder;
        Application.launch(DangVuApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Đảng Vụ " + dataFolder);
        stage.show();
    }
}
