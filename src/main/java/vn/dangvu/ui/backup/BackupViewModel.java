package vn.dangvu.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.ServerSettings;
import vn.dangvu.logic.backup.BackupFile;
import vn.dangvu.logic.backup.BackupPreview;
import vn.dangvu.logic.paper.PaperBackup;
import vn.dangvu.logic.backup.BackupResult;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.backup.PasswordService;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.NumberFormats;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/** The backup screen (Sao lưu dữ liệu) and the status bar's last verified backup. */
public final class BackupViewModel {

    private static final String TITLE = "Sao lưu dữ liệu";
    private static final String SERVER_TITLE = "Máy chủ dữ liệu";

    private final BackupService backupService;
    private final PasswordService passwordService;
    private final ServerSettings serverSettings;
    private final Background background;
    private final DialogService dialogs;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty stale = new SimpleBooleanProperty(false);
    final StringProperty secondFolder = new SimpleStringProperty("");
    final StringProperty passwordState = new SimpleStringProperty("");
    /** The PostgreSQL server chosen on this computer (máy chủ dữ liệu), for the next start. */
    final StringProperty server = new SimpleStringProperty("");
    /** The data is on a server: backups are pg_dumps; restoring and the file's password do not apply. */
    final BooleanProperty onServer = new SimpleBooleanProperty(false);
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
    private Runnable onRestored = () -> { };

    public BackupViewModel(BackupService backupService, PasswordService passwordService, ServerSettings serverSettings,
                           Background background, DialogService dialogs) {
        this.backupService = backupService;
        this.passwordService = passwordService;
        this.serverSettings = serverSettings;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** After a restore the data under every screen has changed: the app closes so it is opened afresh. */
    public void setOnRestored(Runnable onRestored) {
        this.onRestored = onRestored;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty staleProperty() {
        return stale;
    }

    /** At the start of the day's work: a backup if the last is a day old, then the status. */
    public void backUpIfDue() {
        run(() -> {
            backupService.backupIfDue();
            return null;
        }, done -> { });
    }

    public void load() {
        run(() -> null, done -> { });
    }

    public void backUpNow() {
        run(() -> backupService.backupNow(), result -> dialogs.showInfo(TITLE, describe(result)));
    }

    public void restore(BackupFile chosen) {
        restore(chosen.file());
    }

    /** A backup from elsewhere (a USB stick, another PC). */
    public void restoreFromFile() {
        dialogs.chooseFile("Chọn bản sao lưu", "Bản sao lưu Đảng Vụ", List.of("zip")).ifPresent(this::restore);
    }

    private void restore(Path file) {
        run(() -> backupService.preview(file), preview -> {
            if (!dialogs.confirm("Khôi phục dữ liệu", question(preview))) {
                return;
            }
            run(() -> backupService.restore(file), safety -> {
                dialogs.showInfo("Khôi phục dữ liệu", "Đã khôi phục dữ liệu ngày "
                        + DateFormats.format(preview.takenAt()) + ". Dữ liệu trước đó đã được sao lưu vào "
                        + safety.file().file().getFileName() + ".\nĐảng Vụ sẽ đóng lại; hãy mở lại để làm việc tiếp.");
                onRestored.run();
            });
        });
    }

    static String question(BackupPreview preview) {
        return "Bản sao lưu ngày " + DateFormats.format(preview.takenAt()) + "\n" + preview.committee() + ": "
                + NumberFormats.count(preview.members()) + " đảng viên; " + preview.papers().summary() + "."
                + (preview.papers().missing().isEmpty() ? "" : " Giấy tờ thiếu cần chép thư mục " + PaperBackup.FOLDER
                + " về cạnh tệp sao lưu.")
                + "\n\nDữ liệu hiện tại sẽ được thay bằng bản này"
                + " (trước đó Đảng Vụ tự sao lưu dữ liệu hiện tại). Khôi phục?";
    }

    public void chooseSecondFolder() {
        dialogs.chooseFolder("Thư mục sao lưu thứ hai (ví dụ USB)").ifPresent(folder -> run(() -> {
            backupService.setSecondFolder(folder);
            return backupService.backupNow();
        }, result -> dialogs.showInfo(TITLE, describe(result))));
    }

    /** Sets a first password (encrypting the data) or changes it after asking the current one. */
    public void changePassword() {
        boolean set = passwordService.isSet();
        Optional<String> current = set ? dialogs.askPassword("Đổi mật khẩu", "Mật khẩu hiện tại:") : Optional.of("");
        if (current.isEmpty()) {
            return;
        }
        Optional<String> password = dialogs.askPassword(set ? "Đổi mật khẩu" : "Đặt mật khẩu",
                "Mật khẩu mới (ít nhất 6 ký tự):");
        Optional<String> repeated = password.flatMap(p -> dialogs.askPassword("Nhập lại", "Nhập lại mật khẩu mới:"));
        if (repeated.isEmpty()) {
            return;
        }
        run(() -> {
            if (set) {
                passwordService.change(current.get(), password.get(), repeated.get());
            } else {
                passwordService.set(password.get(), repeated.get());
            }
            return null;
        }, done -> dialogs.showInfo(set ? "Đổi mật khẩu" : "Đặt mật khẩu", "Đã " + (set ? "đổi" : "đặt")
                + " mật khẩu. Dữ liệu được mã hóa; từ lần mở sau cần nhập mật khẩu này. Hãy ghi nhớ nó:"
                + " quên mật khẩu thì không ai mở được dữ liệu."));
    }

    /**
     * Chooses the PostgreSQL server that holds a register shared by several clerks, from the next
     * start; an empty address goes back to the data file on this computer. The server is opened
     * once before it is kept, so a wrong address or password is said now, not at the next start.
     */
    public void chooseServer() {
        Optional<ServerAddress> current = serverSettings.load();
        Optional<String> url = dialogs.askText(SERVER_TITLE, "Địa chỉ máy chủ PostgreSQL, dạng"
                + " jdbc:postgresql://tên-máy/tên-cơ-sở-dữ-liệu (để trống: dùng dữ liệu trên máy này):",
                current.map(ServerAddress::url).orElse("jdbc:postgresql://"));
        if (url.isEmpty()) {
            return;
        }
        if (url.get().isBlank() || url.get().strip().equals("jdbc:postgresql://")) {
            run(() -> {
                serverSettings.save(null);
                return null;
            }, done -> dialogs.showInfo(SERVER_TITLE, "Từ lần mở sau, Đảng Vụ dùng dữ liệu trên máy này."));
            return;
        }
        Optional<String> user = dialogs.askText(SERVER_TITLE, "Tên đăng nhập PostgreSQL:",
                current.map(ServerAddress::user).orElse(""));
        Optional<String> password = user.flatMap(u -> dialogs.askPassword(SERVER_TITLE,
                "Mật khẩu PostgreSQL (để trống nếu máy chủ không hỏi):"));
        if (password.isEmpty()) {
            return;
        }
        ServerAddress address;
        try {
            address = new ServerAddress(url.get(), user.get(), password.get());
        } catch (IllegalArgumentException e) {
            dialogs.showError(SERVER_TITLE, e.getMessage());
            return;
        }
        run(() -> {
            serverSettings.check(address);
            serverSettings.save(address);
            return null;
        }, done -> dialogs.showInfo(SERVER_TITLE, "Đã kết nối được máy chủ " + address + ". Từ lần mở sau, Đảng"
                + " Vụ làm việc trên dữ liệu của máy chủ này; dữ liệu trên máy này vẫn giữ nguyên."));
    }

    /** The server in use now (from the command line or the setting), else the one set for the next start. */
    static String serverText(Optional<ServerAddress> current, Optional<ServerAddress> saved) {
        if (current.isPresent()) {
            return "Máy chủ dữ liệu đang dùng: " + current.get()
                    + (saved.isPresent() && !saved.equals(current) ? "; lần mở sau: " + saved.get() : "") + ".";
        }
        return saved.map(s -> "Máy chủ dữ liệu từ lần mở sau: " + s + ".")
                .orElse("Máy chủ dữ liệu: không dùng (dữ liệu trên máy này).");
    }

    static String describe(BackupResult result) {
        String text = "Đã sao lưu và kiểm tra: " + result.tables() + " bảng, " + NumberFormats.count(result.rows())
                + " dòng khớp với dữ liệu; " + NumberFormats.count(result.papers().manifest().entries().size())
                + " tệp giấy tờ, " + NumberFormats.count(result.papers().copied()) + " tệp mới đã chép và kiểm tra.\n"
                + result.file().file();
        if (result.copy().isPresent()) {
            text += "\nBản chép: " + result.copy().get();
        }
        if (result.copyProblem().isPresent()) {
            text += "\n" + result.copyProblem().get();
        }
        return text;
    }

    /** Runs the work, then reads the list, the status and the settings again; failures go to a dialog. */
    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        background.run(busy, () -> {
            T result = work.call();
            return new Loaded<>(result, backupService.list(), backupService.status(),
                    backupService.isStale(), backupService.secondFolder(), passwordService.isSet(),
                    backupService.server(), serverSettings.load());
        }, loaded -> {
            backups.setAll(loaded.list);
            status.set(loaded.status);
            stale.set(loaded.stale);
            secondFolder.set(loaded.second.map(Path::toString).orElse("(chưa chọn)"));
            onServer.set(loaded.current.isPresent());
            passwordState.set(loaded.current.isPresent() ? "Dữ liệu ở máy chủ PostgreSQL: mật khẩu mã hóa chỉ dùng cho tệp"
                    + " dữ liệu trên máy này." : loaded.password ? "Dữ liệu được mã hóa bằng mật khẩu."
                    : "Chưa đặt mật khẩu: ai mở được máy là đọc được dữ liệu. Nên đặt mật khẩu.");
            server.set(serverText(loaded.current, loaded.server));
            then.accept(loaded.result);
        }, e -> dialogs.showError(TITLE, DialogService.messageOf(e)));
    }

    private record Loaded<T>(T result, List<BackupFile> list, String status, boolean stale, Optional<Path> second,
                             boolean password, Optional<ServerAddress> current, Optional<ServerAddress> server) {
    }
}
