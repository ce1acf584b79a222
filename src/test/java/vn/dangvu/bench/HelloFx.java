package vn.dangvu.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import vn.dangvu.ui.StartupProbe;

/**
 * The floor for {@code --startup-probe}: an empty JavaFX window of the app's size, measured the
 * same way, from the same fat jar. Whatever the app takes beyond this is its own. Run under a
 * display (Xvfb on Linux):
 * {@code java -cp target/dangvu.jar:target/test-classes vn.dangvu.bench.HelloFx}
 */
public final class HelloFx {

    private static final StartupProbe PROBE = StartupProbe.printingTo(System.out);

    private HelloFx() {
    }

    public static void main(String[] args) {
        Application.launch(EmptyWindow.class);
        System.exit(PROBE.exitStatus());
    }

    /** Not the main class itself: launched from the classpath, a main class may not extend Application. */
    public static final class EmptyWindow extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1200, 760);
            stage.setScene(scene);
            stage.setTitle("HelloFx");
            stage.show();
            PROBE.screenShown(scene);
        }
    }
}
