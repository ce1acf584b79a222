package vn.dangvu.ui.backup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import vn.dangvu.logic.backup.BackupFile;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.ui.Fxml;

/**
 * The backup screen: the last verified backup, the list to restore from, the second folder, the
 * password, and the PostgreSQL server of a shared register (máy chủ dữ liệu).
 */
public final class BackupView {

    private final BackupViewModel model;
    private final Parent root;

    @FXML private Label status;
    @FXML private Label explain;
    @FXML private Button now;
    @FXML private ListView<BackupFile> list;
    @FXML private Button restore;
    @FXML private Button fromFile;
    @FXML private Label second;
    @FXML private Button chooseSecond;
    @FXML private Label password;
    @FXML private Button passwordButton;
    @FXML private Label server;

    public BackupView(BackupViewModel model) {
        this.model = model;
        root = Fxml.load(this, "Backup.fxml");
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(model.statusProperty());
        list.setItems(model.backups);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateFormats.format(item.takenAt()) + "   —   "
                        + NumberFormats.count(Math.max(1, item.bytes() / 1024)) + " KB   (đã kiểm tra)");
            }
        });
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.busy)
                .or(model.onServer));
        second.textProperty().bind(model.secondFolder.map(f -> "Thư mục thứ hai: " + f));
        password.textProperty().bind(model.passwordState);
        server.textProperty().bind(model.server);
        now.disableProperty().bind(model.busy);
        fromFile.disableProperty().bind(model.onServer); // a server is restored by its administrator (pg_restore)
        chooseSecond.disableProperty().bind(model.busy);
        passwordButton.disableProperty().bind(model.onServer);
        explain.visibleProperty().bind(model.onServer.not()); // on a server, the status line says how it is backed up
        explain.managedProperty().bind(explain.visibleProperty());
    }

    @FXML
    private void backUpNow() {
        model.backUpNow();
    }

    @FXML
    private void restoreSelected() {
        model.restore(list.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void restoreFromFile() {
        model.restoreFromFile();
    }

    @FXML
    private void chooseSecondFolder() {
        model.chooseSecondFolder();
    }

    @FXML
    private void changePassword() {
        model.changePassword();
    }

    @FXML
    private void chooseServer() {
        model.chooseServer();
    }

    public Parent root() {
        return root;
    }
}
