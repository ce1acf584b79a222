package vn.dangvu.ui.login;

import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import vn.dangvu.logic.persistence.Database;

/** The login screen: one password field, one button, the message. */
public final class LoginView {

    private final VBox root;
    private final Button open = new Button("Mở dữ liệu");

    public LoginView(LoginViewModel viewModel, Consumer<Database> onOpened) {
        Label title = new Label("Đảng Vụ");
        title.getStyleClass().add("screen-title");
        Label explain = new Label("Dữ liệu được bảo vệ bằng mật khẩu. Nhập mật khẩu để mở.");
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.setPromptText("Mật khẩu");
        password.setMaxWidth(320);
        password.textProperty().bindBidirectional(viewModel.password);
        Label message = new Label();
        message.getStyleClass().add("form-error");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.message);
        open.setId("login-open");
        open.setDefaultButton(true);
        // Looked at every half second: the button comes back when the wait after wrong tries is over.
        Timeline clock = new Timeline(new KeyFrame(Duration.millis(500),
                e -> open.setDisable(viewModel.busy.get() || viewModel.secondsToWait() > 0)));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        open.setOnAction(e -> viewModel.open(database -> {
            clock.stop();
            onOpened.accept(database);
        }));
        root = new VBox(12, title, explain, password, open, message);
        root.setAlignment(Pos.CENTER);
        root.setMaxWidth(420);
        javafx.application.Platform.runLater(password::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
