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
import vn.dangvu.logic.BranchService;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.WrongPasswordException;
import vn.dangvu.model.BranchKind;
import vn.dangvu.ui.AppContext;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestContexts;

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
        AppContext context = TestContexts.of(database, new SynchronousBackground(), dialogs);
        model = new BackupViewModel(context);
        model.setOnRestored(() -> restored = true);
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
                java.time.LocalDateTime.of(2026, 3, 18, 8, 15), "Đảng bộ xã Hải Yến", 1234));

        assertTrue(question.startsWith("Bản sao lưu ngày 18/03/2026 08:15\nĐảng bộ xã Hải Yến: 1.234 đảng viên."),
                question);
    }

    @Test
    void settingThenChangingThePasswordAsksTwiceAndChecksTheCurrentOne() {
        dialogs.texts.add(Optional.of("mật khẩu 1"));
        dialogs.texts.add(Optional.of("mật khẩu 1"));
        model.changePassword();
        assertTrue(dialogs.infos.get(0).startsWith("Đã đặt mật khẩu."), dialogs.infos.toString());
        assertTrue(Database.isEncrypted(temp.resolve("data")));

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
}
