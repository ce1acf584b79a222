package vn.dangvu.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import vn.dangvu.logic.TaskRunner;

/** {@link Background} on the app's single task runner, results delivered on the FX thread. */
public final class FxBackground implements Background {

    private final TaskRunner tasks;

    public FxBackground(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.submit(work).whenComplete((result, error) -> Platform.runLater(() -> {
            if (error == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
        }));
    }

    @Override
    public void onScreen(Runnable update) {
        Platform.runLater(update);
    }
}
