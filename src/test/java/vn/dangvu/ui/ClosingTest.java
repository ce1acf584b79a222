package vn.dangvu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dangvu.logic.TaskRunner;

/**
 * Closing the window while the database thread works: the clerk is asked, the work finishes, the
 * closing work runs after it, and only then may the application end. Updates meant for the screen's
 * thread run at once here, on whichever thread sends them.
 */
class ClosingTest {

    private final TaskRunner tasks = new TaskRunner();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Closing closing = new Closing(tasks, dialogs, Runnable::run);
    private final List<String> done = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> ended = new CompletableFuture<>();
    private final CountDownLatch importMayFinish = new CountDownLatch(1);

    @AfterEach
    void stop() {
        importMayFinish.countDown();
        tasks.close();
    }

    /** An import that holds the database thread until the test lets it finish. */
    private void startImport() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        tasks.submit(() -> {
            started.countDown();
            importMayFinish.await();
            done.add("import");
            return null;
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
    }

    private boolean requestClose() {
        return closing.request(() -> done.add("backup, database closed"), "Đang sao lưu…", () -> {
            done.add("application ended");
            ended.complete(null);
        });
    }

    @Test
    void closingDuringAnImportAsksThenWaitsForTheImportBeforeTheBackupAndTheEnd() throws Exception {
        startImport();
        dialogs.confirms.add(true);

        assertTrue(requestClose());

        assertTrue(dialogs.confirms.isEmpty(), "the clerk was asked");
        assertEquals("Đang lưu…", closing.statusProperty().get());
        assertEquals(List.of(), done, "the import still holds the database thread: nothing closed, nothing ended");

        importMayFinish.countDown();
        ended.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("import", "backup, database closed", "application ended"), done);
        assertEquals("Đang sao lưu…", closing.statusProperty().get());
    }

    @Test
    void theClerkWhoKeepsWorkingKeepsTheWindowAndTheDatabase() throws Exception {
        startImport();
        dialogs.confirms.add(false);

        assertFalse(requestClose());
        assertFalse(closing.underway());

        importMayFinish.countDown();
        tasks.submit(() -> null).get(10, TimeUnit.SECONDS); // the thread goes on taking work
        assertEquals(List.of("import"), done);

        assertTrue(requestClose(), "asked again when idle, it closes without a question");
        ended.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("import", "backup, database closed", "application ended"), done);
    }

    @Test
    void workAskedForAfterClosingBeganIsNotRunOnTheClosedDatabase() throws Exception {
        startImport();
        dialogs.confirms.add(true);
        assertTrue(requestClose());
        assertFalse(requestClose(), "a second click on the close button while closing");

        CompletableFuture<Object> late = tasks.submit(() -> done.add("late read"));
        importMayFinish.countDown();
        ended.get(10, TimeUnit.SECONDS);
        tasks.close();

        assertEquals(List.of("import", "backup, database closed", "application ended"), done);
        assertFalse(late.isDone());
    }
}
