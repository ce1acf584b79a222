package vn.dangvu.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.dangvu.logic.TaskRunner;

/**
 * Turns a .docx into a PDF with LibreOffice ({@code soffice --headless --convert-to pdf}) when it is
 * installed ({@link LibreOfficeLocator}). A conversion can take a minute (LibreOffice's first
 * start), so it runs on a thread of its own, one at a time, never on the database thread. LibreOffice
 * runs with a profile of its own ({@code -env:UserInstallation}): otherwise a LibreOffice window
 * the clerk has open takes the job over and nothing is written. One that hangs is ended, with the
 * processes it started ({@code soffice.exe} runs {@code soffice.bin}), after {@link #TIMEOUT}.
 */
public final class PdfConverter {

    static final Duration TIMEOUT = Duration.ofMinutes(2);

    /** One conversion at a time: two LibreOffice processes on one profile refuse each other. */
    private static final ExecutorService ONE_AT_A_TIME = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dangvu-pdf");
        thread.setDaemon(true);
        return thread;
    });

    /** Looked up once: on Windows each registry question starts a process. */
    private static final class Installed {
        static final Optional<Path> SOFFICE = LibreOfficeLocator.ofThisComputer().find();
    }

    private final Path soffice;
    private final Path profile;
    private final Duration timeout;

    PdfConverter(Path soffice, Path profile, Duration timeout) {
        this.soffice = soffice;
        this.profile = profile;
        this.timeout = timeout;
    }

    /** LibreOffice of this computer, if installed. */
    public static Optional<PdfConverter> find() {
        return Installed.SOFFICE.map(soffice -> new PdfConverter(soffice,
                Path.of(System.getProperty("java.io.tmpdir"), "dangvu-libreoffice"), TIMEOUT));
    }

    /**
     * Queues the conversion; the result is FILE.pdf beside FILE.docx, or a failure whose message is
     * for the clerk.
     */
    public CompletableFuture<Path> convertLater(Path docx) {
        return CompletableFuture.supplyAsync(() -> run(docx), ONE_AT_A_TIME);
    }

    /** The conversion, waited for: from a command's own thread, never from the database thread. */
    public Path convert(Path docx) {
        if (TaskRunner.onDatabaseThread()) {
            throw new IllegalStateException("LibreOffice would hold the database thread: use convertLater");
        }
        try {
            return convertLater(docx).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Path run(Path docx) {
        Path folder = docx.toAbsolutePath().getParent();
        Path pdf = folder.resolve(baseName(docx) + ".pdf");
        try {
            Files.deleteIfExists(pdf); // an old PDF left in place would pass for the new one
        } catch (IOException e) {
            throw new IllegalStateException("Tệp " + pdf.getFileName() + " đang mở trong một chương trình khác;"
                    + " hãy đóng nó rồi tạo lại bản PDF.", e);
        }
        Process process = start(docx, folder);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                end(process);
                throw new IllegalStateException("LibreOffice không chuyển xong sang PDF sau " + timeout.toSeconds()
                        + " giây nên đã bị dừng; tệp Word vẫn dùng được.");
            }
        } catch (InterruptedException e) {
            end(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Đã dừng khi đang chuyển sang PDF.", e);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
            throw new IllegalStateException("LibreOffice không tạo được " + pdf.getFileName() + " (mã thoát "
                    + process.exitValue() + ").");
        }
        return pdf;
    }

    private Process start(Path docx, Path folder) {
        List<String> command = List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", folder.toString(),
                docx.toAbsolutePath().toString());
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("Không chạy được LibreOffice (" + soffice + "): " + e.getMessage(), e);
        }
    }

    /**
     * Ends LibreOffice and the processes it started, listed first: once it is gone they can no longer
     * be found from it. Waits for them, so that the next conversion finds the profile free.
     */
    private static void end(Process process) {
        List<ProcessHandle> started = new ArrayList<>(process.descendants().toList());
        started.add(process.toHandle());
        started.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : started) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // gone already, or the system is slow to end it: nothing more can be done from here
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
