package vn.dangvu.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import vn.dangvu.ui.Fxml;

/** The first-start screen. */
public final class SetupView {

    private final SetupViewModel viewModel;
    private final Runnable onDone;
    private final Parent root;

    @FXML private TextField committeeName;
    @FXML private TextField placeName;
    @FXML private TextField superiorName;
    @FXML private TextArea branchNames;
    @FXML private javafx.scene.control.PasswordField password;
    @FXML private javafx.scene.control.PasswordField passwordAgain;
    @FXML private Label error;
    @FXML private ProgressIndicator busy;
    @FXML private Button demo;
    @FXML private Button start;

    public SetupView(SetupViewModel viewModel, Runnable onDone) {
        this.viewModel = viewModel;
        this.onDone = onDone;
        root = Fxml.load(this, "Setup.fxml");
    }

    @FXML
    private void initialize() {
        committeeName.textProperty().bindBidirectional(viewModel.committeeName);
        placeName.textProperty().bindBidirectional(viewModel.placeName);
        superiorName.textProperty().bindBidirectional(viewModel.superiorName);
        branchNames.textProperty().bindBidirectional(viewModel.branchNames);
        password.textProperty().bindBidirectional(viewModel.password);
        passwordAgain.textProperty().bindBidirectional(viewModel.passwordAgain);
        error.textProperty().bind(viewModel.error);
        busy.visibleProperty().bind(viewModel.busy);
        demo.disableProperty().bind(viewModel.busy);
        start.disableProperty().bind(viewModel.busy);
    }

    @FXML
    private void finish() {
        viewModel.finish(onDone);
    }

    @FXML
    private void useDemo() {
        viewModel.useDemo(onDone);
    }

    public Parent root() {
        return root;
    }
}
