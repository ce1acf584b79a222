package vn.dangvu;

import java.nio.file.Path;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.ConsoleStreams;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.DataFolder;
import vn.dangvu.logic.ServerSettings;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.ui.DangVuApp;
import vn.dangvu.ui.StartupProbe;

/**
 * Entry point. Not the JavaFX Application on purpose: a plain main class lets the fat jar
 * start JavaFX from the classpath. Without a command it opens the window; with one it is
 * the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        LaunchArguments launch;
        try {
            launch = LaunchArguments.parse(args);
        } catch (UsageException e) {
            try (ConsoleStreams console = ConsoleStreams.open()) {
                console.err().println(e.getMessage());
                CommandLine.standard().printUsage(console.err());
            }
            System.exit(CommandLine.USAGE);
            return;
        }
        if (launch.opensWindow()) {
            System.exit(openWindow(launch));
        }
        int status;
        try (ConsoleStreams console = ConsoleStreams.open()) {
            status = runCommand(launch, console);
        }
        System.exit(status);
    }

    private static int openWindow(LaunchArguments launch) {
        Path folder = DataFolder.resolve(launch.dataFolder());
        ServerAddress server;
        try {
            server = server(launch, folder);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return CommandLine.USAGE;
        }
        StartupProbe probe = launch.startupProbe() ? StartupProbe.printingTo(System.out) : StartupProbe.off();
        DangVuApp.launchWith(folder, server, probe);
        return probe.exitStatus();
    }

    /** A command writes UTF-8, to a Windows console too (ConsoleStreams). */
    private static int runCommand(LaunchArguments launch, ConsoleStreams console) {
        Path folder = DataFolder.resolve(launch.dataFolder());
        ServerAddress server;
        try {
            server = server(launch, folder);
        } catch (RuntimeException e) {
            console.err().println(e.getMessage());
            return CommandLine.USAGE;
        }
        return CommandLine.standard().run(folder, server, launch.command(), console.out(), console.err(),
                System.getenv());
    }

    private static ServerAddress server(LaunchArguments launch, Path folder) {
        return ServerSettings.choose(folder, launch.server().url(), launch.server().user(),
                launch.server().password(), System.getenv()).orElse(null);
    }
}
