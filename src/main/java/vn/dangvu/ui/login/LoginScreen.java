package vn.dangvu.ui.login;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.scene.Parent;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DangVuApp;

/** The login step of the start, kept out of {@link DangVuApp}: the screen that opens encrypted data. */
public final class LoginScreen {

    private LoginScreen() {
    }

    public static Parent of(Path dataFolder, Background background, Consumer<Database> onOpened) {
        LoginViewModel model = new LoginViewModel(background, password -> Database.open(dataFolder, password),
                Instant::now);
        return new LoginView(model, onOpened).root();
    }
}
