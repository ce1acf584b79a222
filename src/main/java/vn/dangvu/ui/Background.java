package vn.dangvu.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.WritableBooleanValue;

/**
 * Runs database and file work off the FX thread and hands the result back on it.
 * ViewModels depend on this interface so their tests can run the work synchronously.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs the work with {@code busy} true while it runs (a screen disables its buttons on it).
     * The flag is false again before either callback, so a failure never leaves the screen stuck.
     */
    default <T> void run(WritableBooleanValue busy, Callable<T> work, Consumer<T> onSuccess,
                         Consumer<Throwable> onFailure) {
        busy.set(true);
        run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    /**
     * Hands an update made while work runs (progress) to the screen's thread. Runs it at once
     * by default, which is right where results are delivered on the calling thread.
     */
    default void onScreen(Runnable update) {
        update.run();
    }
}
