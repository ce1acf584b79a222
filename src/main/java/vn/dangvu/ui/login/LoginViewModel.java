package vn.dangvu.ui.login;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.WrongPasswordException;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * The login (đăng nhập) of encrypted data: the password opens the database. A wrong password says
 * so plainly; from the third wrong try on, the next try waits, longer each time.
 */
public final class LoginViewModel {

    /** Tries without waiting. */
    static final int FREE_TRIES = 3;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final Background background;
    private final Function<String, Database> opener;
    private final Supplier<Instant> clock;
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty message = new SimpleStringProperty("");
    final BooleanProperty busy = new SimpleBooleanProperty(false);
    private int failures;
    private Instant waitUntil = Instant.MIN;

    /** @param opener opens the data with a password (on the background thread) */
    public LoginViewModel(Background background, Function<String, Database> opener, Supplier<Instant> clock) {
        this.background = background;
        this.opener = opener;
        this.clock = clock;
    }

    /** How long to wait before the next try after this many wrong passwords in a row: 0, 0, 5 s, 10 s, 20 s … 5 min. */
    static Duration waitAfter(int failures) {
        if (failures < FREE_TRIES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_TRIES, 10);
        Duration wait = Duration.ofSeconds(5L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** Seconds left before the next try is allowed; 0 when it may be tried now. */
    public long secondsToWait() {
        Duration left = Duration.between(clock.get(), waitUntil);
        return left.isNegative() || left.isZero() ? 0 : (left.toMillis() + 999) / 1000;
    }

    /** Opens the data with the password typed; {@code onOpened} gets the open database. */
    public void open(Consumer<Database> onOpened) {
        long wait = secondsToWait();
        if (wait > 0) {
            message.set("Hãy chờ " + wait + " giây rồi thử lại.");
            return;
        }
        if (password.get().isEmpty()) {
            message.set("Hãy nhập mật khẩu.");
            return;
        }
        String typed = password.get();
        message.set("");
        background.run(busy, () -> opener.apply(typed), database -> {
            failures = 0;
            password.set("");
            onOpened.accept(database);
        }, this::failed);
    }

    private void failed(Throwable error) {
        password.set("");
        if (!(error instanceof WrongPasswordException)) {
            message.set(DialogService.messageOf(error));
            return;
        }
        failures++;
        Duration wait = waitAfter(failures);
        waitUntil = clock.get().plus(wait);
        message.set(wait.isZero() ? "Mật khẩu không đúng. Hãy thử lại."
                : "Mật khẩu không đúng (" + failures + " lần liền). Hãy chờ " + wait.toSeconds()
                        + " giây rồi thử lại.");
    }
}
