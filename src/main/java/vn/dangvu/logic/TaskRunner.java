package vn.dangvu.logic;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one background thread for all database and file work. Tasks run one after another,
 * so the single database connection is never shared between threads. Tasks are never
 * interrupted: interrupting H2 in the middle of a write can break its file.
 */
public final class TaskRunner implements AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(DatabaseThread::new);
    private final AtomicInteger unfinished = new AtomicInteger();

    /** Queues the work; after {@link #finish} it is dropped and the future never completes. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        unfinished.incrementAndGet();
        try {
            executor.execute(() -> {
                T value = null;
                Throwable failure = null;
                try {
                    value = work.call();
                } catch (Throwable e) {
                    failure = e;
                }
                unfinished.decrementAndGet(); // finished before anyone hears of it
                if (failure == null) {
                    result.complete(value);
                } else {
                    result.completeExceptionally(failure);
                }
            });
        } catch (RejectedExecutionException ending) {
            unfinished.decrementAndGet(); // the application is ending: the database may be closed already
        }
        return result;
    }

    /** Whether the caller runs on a task runner's thread, where nothing may wait minutes (LibreOffice). */
    public static boolean onDatabaseThread() {
        return Thread.currentThread() instanceof DatabaseThread;
    }

    /** Whether work submitted has not finished yet: an import, a backup, a save or a read. */
    public boolean busy() {
        return unfinished.get() > 0;
    }

    /** Lets the work queued so far run and drops anything submitted later; does not wait. */
    public void finish() {
        executor.shutdown();
    }

    /** {@link #finish}, then waits for the queued work however long it takes: a save is never cut off. */
    @Override
    public void close() {
        finish();
        boolean interrupted = false;
        while (!executor.isTerminated()) {
            try {
                executor.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class DatabaseThread extends Thread {

        DatabaseThread(Runnable runnable) {
            super(runnable, "dangvu-db");
            setDaemon(true);
        }
    }
}
