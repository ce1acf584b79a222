package vn.dangvu.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.scene.Parent;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.ui.login.LoginView;
import vn.dangvu.ui.login.LoginViewModel;

/** The login step of the start, kept out of {@link DangVuApp}: the screen that opens encrypted data. */
final class LoginScreen {

    private LoginScreen() {
    }

    static Parent of(Path dataFolder, Background background, Consumer<Database> onOpened) {
        LoginViewModel model = new LoginViewModel(background, password -> Database.open(dataFolder, password),
                Instant::now);
        return new LoginView(model, onOpened).root();
    }
}
