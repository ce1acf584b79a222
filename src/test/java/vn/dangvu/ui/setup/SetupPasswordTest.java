package vn.dangvu.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.ui.SynchronousBackground;
import vn.dangvu.ui.TestServices;

/** First start: the optional (recommended) password encrypts the new data. */
class SetupPasswordTest {

    @TempDir
    Path folder;

    private boolean done;

    private SetupViewModel setup(Database database) {
        Services services = TestServices.on(database);
        SetupViewModel model = new SetupViewModel(services.committee(), services.demo(), services.passwords(),
                new SynchronousBackground());
        model.committeeName.set("Đảng bộ xã Hải Yến");
        model.placeName.set("Hải Yến");
        model.branchNames.set("Chi bộ thôn Nà Pàn");
        return model;
    }

    @Test
    void aPasswordGivenAtFirstStartEncryptsTheData() {
        try (Database database = Database.open(folder)) {
            SetupViewModel model = setup(database);
            model.password.set("123");
            model.finish(() -> done = true);
            assertEquals("Mật khẩu cần ít nhất 6 ký tự.", model.error.get());
            model.password.set("bảo mật 2026");
            model.passwordAgain.set("bảo mật 2025");
            model.finish(() -> done = true);
            assertEquals("Hai lần nhập mật khẩu không giống nhau.", model.error.get());
            assertFalse(done);

            model.passwordAgain.set("bảo mật 2026");
            model.finish(() -> done = true);
            assertTrue(done, model.error.get());
        }
        assertTrue(DataFile.isEncrypted(folder));
        try (Database database = Database.open(folder, "bảo mật 2026")) {
            assertEquals(1, database.read(r -> r.branches().all()).size());
        }
    }

    @Test
    void withoutAPasswordTheDataStaysPlain() {
        try (Database database = Database.open(folder)) {
            setup(database).finish(() -> done = true);
        }
        assertTrue(done);
        assertFalse(DataFile.isEncrypted(folder));
    }
}
