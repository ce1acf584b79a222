package vn.dangvu.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.ui.SynchronousBackground;

/** The login: a wrong password said plainly, a growing wait after repeated wrong tries, the right one opens. */
class LoginViewModelTest {

    @TempDir
    Path folder;

    private Instant now = Instant.parse("2026-03-18T01:00:00Z");
    private Database opened;

    @ParameterizedTest(name = "after {0} wrong tries: wait {1} s")
    @CsvSource({"0, 0", "1, 0", "2, 0", "3, 5", "4, 10", "5, 20", "6, 40", "8, 160", "9, 300", "50, 300"})
    void theWaitGrowsAfterTheThirdWrongTry(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), LoginViewModel.waitAfter(failures));
    }

    @Test
    void wrongPasswordsAreSaidPlainlyThenMakeTheClerkWaitAndTheRightOneOpens() {
        try (Database database = Database.open(folder, "đúng rồi")) {
            database.read(r -> r.branches().all());
        }
        LoginViewModel model = new LoginViewModel(new SynchronousBackground(), p -> Database.open(folder, p), () -> now);

        for (int i = 0; i < 2; i++) {
            model.password.set("sai");
            model.open(d -> opened = d);
            assertEquals("Mật khẩu không đúng. Hãy thử lại.", model.message.get());
            assertEquals(0, model.secondsToWait());
        }
        model.password.set("sai");
        model.open(d -> opened = d);
        assertEquals("Mật khẩu không đúng (3 lần liền). Hãy chờ 5 giây rồi thử lại.", model.message.get());
        assertEquals(5, model.secondsToWait());
        assertEquals("", model.password.get(), "the wrong password is cleared");

        model.password.set("đúng rồi");
        now = now.plusSeconds(2);
        model.open(d -> opened = d);
        assertEquals("Hãy chờ 3 giây rồi thử lại.", model.message.get());
        assertNull(opened, "not even the right password is tried during the wait");

        now = now.plusSeconds(3);
        model.open(d -> opened = d);
        assertNotNull(opened);
        assertEquals("", model.message.get());
        opened.close();
    }

    @Test
    void anEmptyPasswordIsNotTried() {
        LoginViewModel model = new LoginViewModel(new SynchronousBackground(), p -> {
            throw new AssertionError("tried");
        }, () -> now);

        model.open(d -> opened = d);

        assertEquals("Hãy nhập mật khẩu.", model.message.get());
    }
}
