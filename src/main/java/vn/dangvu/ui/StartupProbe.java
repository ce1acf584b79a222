package vn.dangvu.ui;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --startup-probe}: how long the clerk waits for the window. On the first pulse after
 * the first real screen (first-start setup or the main window) is in the scene, prints the
 * milliseconds since the process started as one line (and the process's CPU time so far on
 * standard error) and quits, without the backup a closing window makes. Used by the benchmarks and by
 * the installer's smoke test, which has nobody to read a dialog: a failure to open the data is
 * printed and ends the app with exit status 1.
 */
public final class StartupProbe {

    private final PrintStream report;
    private volatile int exitStatus;

    private StartupProbe(PrintStream report) {
        this.report = report;
    }

    /** The normal start: measures nothing. */
    public static StartupProbe off() {
        return new StartupProbe(null);
    }

    public static StartupProbe printingTo(PrintStream report) {
        return new StartupProbe(report);
    }

    public boolean isOn() {
        return report != null;
    }

    /** Call on the FX thread right after the screen was put into the scene. */
    public void screenShown(Scene scene) {
        if (!isOn()) {
            return;
        }
        NextLayout.of(scene, () -> {
            report.println(millisSinceProcessStart());
            report.flush();
            // The wall clock depends on what else the machine runs; the CPU time much less.
            ProcessHandle.current().info().totalCpuDuration()
                    .ifPresent(cpu -> System.err.println("CPU: " + cpu.toMillis() + " ms"));
            Platform.exit();
        });
    }

    /**
     * Call on the FX thread first: an error that escapes on it leaves a window nobody closes, so a
     * probe reports it and quits with status 1 instead of hanging until a timeout.
     */
    public void failOnUncaughtErrors() {
        if (!isOn()) {
            return;
        }
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            error.printStackTrace();
            failed(error.toString());
        });
    }

    /** The window could not open: says why on standard error and quits with status 1. */
    public void failed(String message) {
        System.err.println("Không mở được cửa sổ: " + message);
        exitStatus = 1;
        Platform.exit();
    }

    /** 0, or 1 after {@link #failed}: the process's exit status once the window has closed. */
    public int exitStatus() {
        return exitStatus;
    }

    /**
     * From the moment the operating system created the process, so the launcher and the JVM's own
     * start are counted. On Linux the process start time that ProcessHandle reports is rounded to
     * the whole second of the boot time, so it is read from /proc instead (10 ms ticks); on
     * Windows ProcessHandle gives the exact creation time.
     */
    static long millisSinceProcessStart() {
        Path stat = Path.of("/proc/self/stat");
        if (Files.isReadable(stat)) {
            try {
                String line = Files.readString(stat, StandardCharsets.ISO_8859_1);
                // Field 22 (starttime, clock ticks after boot); the name in field 2 may hold spaces.
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                long startTicks = Long.parseLong(fields[19]);
                double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime"), StandardCharsets.ISO_8859_1).split(" ")[0]);
                return Math.round(uptimeSeconds * 1000 - startTicks * 10.0);
            } catch (IOException | RuntimeException e) {
                // not the /proc we know: fall back to ProcessHandle
            }
        }
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        return System.currentTimeMillis() - start.toEpochMilli();
    }
}
