package vn.dangvu.ui.login;

import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.util.Duration;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.ui.Fxml;

/** The login screen: one password field, one button, the message. */
public final class LoginView {

    private final LoginViewModel viewModel;
    private final Consumer<Database> onOpened;
    private final Parent root;
    private final Timeline clock;

    @FXML private PasswordField password;
    @FXML private Button open;
    @FXML private Label message;

    public LoginView(LoginViewModel viewModel, Consumer<Database> onOpened) {
        this.viewModel = viewModel;
        this.onOpened = onOpened;
        root = Fxml.load(this, "Login.fxml");
        // Looked at every half second: the button comes back when the wait after wrong tries is over.
        clock = new Timeline(new KeyFrame(Duration.millis(500),
                e -> open.setDisable(viewModel.busy.get() || viewModel.secondsToWait() > 0)));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        javafx.application.Platform.runLater(password::requestFocus);
    }

    @FXML
    private void initialize() {
        password.textProperty().bindBidirectional(viewModel.password);
        message.textProperty().bind(viewModel.message);
    }

    @FXML
    private void openData() {
        viewModel.open(database -> {
            clock.stop();
            onOpened.accept(database);
        });
    }

    public Parent root() {
        return root;
    }
}
