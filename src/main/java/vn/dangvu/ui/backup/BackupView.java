package vn.dangvu.ui.backup;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.dangvu.logic.backup.BackupFile;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;

/**
 * The backup screen: the last verified backup, the list to restore from, the second folder, the
 * password, and the PostgreSQL server of a shared register (máy chủ dữ liệu).
 */
public final class BackupView {

    private final VBox root;

    public BackupView(BackupViewModel model) {
        Label title = new Label("Sao lưu dữ liệu");
        title.getStyleClass().add("screen-title");
        Label status = new Label();
        status.setId("backup-status");
        status.textProperty().bind(model.statusProperty());
        Button now = new Button("Sao lưu ngay");
        now.setId("backup-now");
        now.setOnAction(e -> model.backUpNow());
        ListView<BackupFile> list = new ListView<>(model.backups);
        list.setId("backup-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupFile item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateFormats.format(item.takenAt()) + "   —   "
                        + NumberFormats.count(Math.max(1, item.bytes() / 1024)) + " KB   (đã kiểm tra)");
            }
        });
        list.setPlaceholder(new Label("Chưa có bản sao lưu nào."));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button restore = new Button("Khôi phục bản đã chọn…");
        restore.setId("backup-restore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(model.busy)
                .or(model.onServer));
        restore.setOnAction(e -> model.restore(list.getSelectionModel().getSelectedItem()));
        Button fromFile = new Button("Khôi phục từ tệp khác…");
        fromFile.setOnAction(e -> model.restoreFromFile());
        Label second = new Label();
        second.textProperty().bind(model.secondFolder.map(f -> "Thư mục thứ hai: " + f));
        Button chooseSecond = new Button("Chọn thư mục thứ hai…");
        chooseSecond.setOnAction(e -> model.chooseSecondFolder());
        Label password = new Label();
        password.textProperty().bind(model.passwordState);
        Button changePassword = new Button("Đặt / đổi mật khẩu…");
        changePassword.setId("backup-password");
        changePassword.setOnAction(e -> model.changePassword());
        Label server = new Label();
        server.setId("backup-server");
        server.textProperty().bind(model.server);
        Button chooseServer = new Button("Máy chủ dữ liệu…");
        chooseServer.setId("backup-choose-server");
        chooseServer.setOnAction(e -> model.chooseServer());
        now.disableProperty().bind(model.busy.or(model.onServer));
        fromFile.disableProperty().bind(model.onServer);
        chooseSecond.disableProperty().bind(model.onServer);
        changePassword.disableProperty().bind(model.onServer);
        Label explain = new Label("Đảng Vụ tự sao lưu mỗi ngày một lần và khi đóng, giữ 30 bản gần nhất. Mỗi bản được"
                + " kiểm tra bằng cách mở thử và so từng bảng với dữ liệu.");
        explain.setWrapText(true);
        explain.getStyleClass().add("muted");
        explain.visibleProperty().bind(model.onServer.not()); // on a server, the status line says pg_dump
        explain.managedProperty().bind(explain.visibleProperty());
        root = new VBox(10, title, status, explain, new HBox(8, now), list, new HBox(8, restore, fromFile),
                new HBox(8, second, chooseSecond), new HBox(8, password, changePassword),
                new HBox(8, server, chooseServer));
        root.setPadding(new Insets(16));
        ((HBox) root.getChildren().get(6)).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ((HBox) root.getChildren().get(7)).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        ((HBox) root.getChildren().get(8)).setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    public Parent root() {
        return root;
    }
}
