package vn.dangvu.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.ServerSettings;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.backup.PasswordService;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.TestDatabase;
import vn.dangvu.logic.persistence.WrongPasswordException;
import vn.dangvu.model.BranchKind;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;

/** The backup screen as the clerk uses it: back up now, restore with a preview, the second folder, the password. */
class BackupViewModelTest {

    @TempDir
    Path temp;

    private Database database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private BackupViewModel model;
    private boolean restored;

    @BeforeEach
    void open() {
        database = Database.open(temp.resolve("data"));
        new DemoService(database).fill(15);
        model = backupScreen();
        model.setOnRestored(() -> restored = true);
    }

    private BackupViewModel backupScreen() {
        return new BackupViewModel(new BackupService(database), new PasswordService(database),
                new ServerSettings(database.folder()), new SynchronousBackground(),
                dialogs);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theStatusBarShowsTheLastVerifiedBackupAfterTheDailyOne() {
        model.load();
        assertEquals("Chưa có bản sao lưu nào. Hãy sao lưu ngay.", model.statusProperty().get());
        assertTrue(model.staleProperty().get());

        model.backUpIfDue();

        assertTrue(model.statusProperty().get().matches("Sao lưu gần nhất: \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d \\(đã kiểm tra\\)"),
                model.statusProperty().get());
        assertFalse(model.staleProperty().get());
        assertEquals(1, model.backups.size());
    }

    @Test
    void restoringAsksWithAPreviewThenRestoresAndClosesTheApp() {
        model.backUpNow();
        assertTrue(dialogs.infos.get(0).startsWith("Đã sao lưu và kiểm tra: "), dialogs.infos.toString());
        new BranchService(database).create("Chi bộ thôn Mới", BranchKind.VILLAGE, null);

        dialogs.confirms.add(false);
        model.restore(model.backups.get(0));
        assertFalse(restored, "cancelled at the preview");

        dialogs.confirms.add(true);
        model.restore(model.backups.get(0));

        assertTrue(restored);
        assertTrue(dialogs.infos.get(1).startsWith("Đã khôi phục dữ liệu ngày "), dialogs.infos.toString());
        assertTrue(new BranchService(database).all().stream().noneMatch(b -> b.name().equals("Chi bộ thôn Mới")));
        assertEquals(2, model.backups.size(), "the safety backup is listed");
        assertEquals(java.util.List.of(), dialogs.errors);
    }

    @Test
    void thePreviewSaysWhenWhoseAndHowManyMembers() {
        String question = BackupViewModel.question(new vn.dangvu.logic.backup.BackupPreview(
                java.time.LocalDateTime.of(2026, 3, 18, 8, 15), "Đảng bộ xã Hải Yến", 1234,
                new vn.dangvu.logic.paper.PaperCheck(2, 900, java.util.List.of("ab/ab12"), java.util.List.of())));

        assertTrue(question.startsWith("Bản sao lưu ngày 18/03/2026 08:15\nĐảng bộ xã Hải Yến: 1.234 đảng viên; 2 tệp"
                + " giấy tờ, thiếu 1. Giấy tờ thiếu cần chép thư mục ho-so về cạnh tệp sao lưu."), question);
    }

    @Test
    void settingThenChangingThePasswordAsksTwiceAndChecksTheCurrentOne() {
        dialogs.texts.add(Optional.of("mật khẩu 1"));
        dialogs.texts.add(Optional.of("mật khẩu 1"));
        model.changePassword();
        assertTrue(dialogs.infos.get(0).startsWith("Đã đặt mật khẩu."), dialogs.infos.toString());
        assertTrue(DataFile.isEncrypted(temp.resolve("data")));

        dialogs.texts.add(Optional.of("không phải"));
        dialogs.texts.add(Optional.of("mật khẩu 2"));
        dialogs.texts.add(Optional.of("mật khẩu 2"));
        model.changePassword();
        assertEquals("Mật khẩu hiện tại không đúng. Mật khẩu không đổi.", dialogs.errors.get(0));

        dialogs.texts.add(Optional.of("mật khẩu 1"));
        dialogs.texts.add(Optional.of("mật khẩu 2"));
        dialogs.texts.add(Optional.of("mật khẩu 3"));
        model.changePassword();
        assertEquals("Hai lần nhập mật khẩu không giống nhau.", dialogs.errors.get(1));

        dialogs.texts.add(Optional.of("mật khẩu 1"));
        dialogs.texts.add(Optional.of("mật khẩu 2"));
        dialogs.texts.add(Optional.of("mật khẩu 2"));
        model.changePassword();
        assertTrue(dialogs.infos.get(1).startsWith("Đã đổi mật khẩu."), dialogs.infos.toString());
        database.close();
        assertThrows(WrongPasswordException.class, () -> Database.open(temp.resolve("data"), "mật khẩu 1"));
        database = Database.open(temp.resolve("data"), "mật khẩu 2");
    }

    // ---------------------------------------------------------------- the server of a shared register

    @Test
    void anAddressThatIsNotPostgresqlIsRefusedAndNothingIsKept() {
        dialogs.texts.addAll(java.util.List.of(Optional.of("jdbc:mysql://may-chu/dangvu"), Optional.of("thuky"),
                Optional.of("")));

        model.chooseServer();

        assertEquals(java.util.List.of("Địa chỉ máy chủ dữ liệu phải có dạng jdbc:postgresql://tên-máy/tên-cơ-sở-dữ-liệu"
                + " (PostgreSQL), không phải \"jdbc:mysql://may-chu/dangvu\"."), dialogs.errors);
        assertEquals(Optional.empty(), new ServerSettings(temp.resolve("data")).load());
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidAtOnceAndNotKept() {
        dialogs.texts.addAll(java.util.List.of(Optional.of("jdbc:postgresql://127.0.0.1:1/dangvu"), Optional.of("thuky"),
                Optional.of("")));

        model.chooseServer();

        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).startsWith("Không kết nối được máy chủ dữ liệu jdbc:postgresql://127.0.0.1:1/dangvu"
                + " (thuky) (máy chủ đã chạy chưa, địa chỉ và tên cơ sở dữ liệu đúng chưa?)"), dialogs.errors.get(0));
        assertEquals(Optional.empty(), new ServerSettings(temp.resolve("data")).load());
    }

    @Test
    void aServerThatAnswersIsKeptForTheNextStartAndAnEmptyAddressGoesBackToThisComputer() {
        ServerAddress server = TestDatabase.server();
        dialogs.texts.addAll(java.util.List.of(Optional.of(server.url()), Optional.of(server.user()),
                Optional.of(server.password())));

        model.chooseServer();

        assertEquals(java.util.List.of(), dialogs.errors);
        assertTrue(dialogs.infos.get(0).startsWith("Đã kết nối được máy chủ " + server.url()), dialogs.infos.toString());
        assertEquals(Optional.of(server), new ServerSettings(temp.resolve("data")).load());
        assertEquals("Máy chủ dữ liệu từ lần mở sau: " + server + ".", model.server.get());

        dialogs.texts.add(Optional.of(""));
        model.chooseServer();
        assertEquals(Optional.empty(), new ServerSettings(temp.resolve("data")).load());
        assertEquals("Từ lần mở sau, Đảng Vụ dùng dữ liệu trên máy này.", dialogs.infos.get(1));
    }

    @Test
    void onAServerNoBackupIsTakenAtTheStartAndBackUpNowTakesAVerifiedPgDump() {
        database.close();
        database = TestDatabase.POSTGRESQL.fresh(temp.resolve("data"));
        model = backupScreen();

        model.backUpIfDue();
        assertEquals(java.util.List.of(), dialogs.errors, "no reminder, no failed backup at the start");
        assertTrue(model.statusProperty().get().startsWith("Dữ liệu dùng chung trên máy chủ PostgreSQL"),
                model.statusProperty().get());
        assertFalse(model.staleProperty().get());
        assertTrue(model.onServer.get(), "the file's backup, restore and password buttons are off");
        assertEquals("Máy chủ dữ liệu đang dùng: " + TestDatabase.server() + ".", model.server.get());

        assertEquals(0, model.backups.size(), "no daily backup from every clerk's window");

        org.junit.jupiter.api.Assumptions.assumeTrue(vn.dangvu.logic.persistence.PgTools.find().isPresent(),
                "no pg_dump on this machine");
        model.backUpNow();
        assertEquals(java.util.List.of(), dialogs.errors);
        assertEquals(1, model.backups.size());
        assertTrue(dialogs.infos.get(dialogs.infos.size() - 1).startsWith("Đã sao lưu và kiểm tra: "),
                dialogs.infos.toString());
        assertTrue(model.statusProperty().get().contains("Sao lưu gần nhất từ máy này: "), model.statusProperty().get());
    }
}
