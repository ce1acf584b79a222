package vn.dangvu.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs database and file work off the FX thread and hands the result back on it.
 * ViewModels depend on this interface so their tests can run the work synchronously.
 */
public interface Background {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Hands an update made while work runs (progress) to the screen's thread. Runs it at once
     * by default, which is right where results are delivered on the calling thread.
     */
    default void onScreen(Runnable update) {
        update.run();
    }
}
