package vn.dangvu;

import java.nio.file.Path;
import vn.dangvu.cli.CommandLine;
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
            System.err.println(e.getMessage());
            CommandLine.standard().printUsage(System.err);
            System.exit(CommandLine.USAGE);
            return;
        }
        Path folder = DataFolder.resolve(launch.dataFolder());
        ServerAddress server;
        try {
            server = ServerSettings.choose(folder, launch.server().url(), launch.server().user(),
                    launch.server().password(), System.getenv()).orElse(null);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(CommandLine.USAGE);
            return;
        }
        if (launch.opensWindow()) {
            StartupProbe probe = launch.startupProbe() ? StartupProbe.printingTo(System.out) : StartupProbe.off();
            DangVuApp.launchWith(folder, server, probe);
            System.exit(probe.exitStatus());
        }
        System.exit(CommandLine.standard().run(folder, server, launch.command(), System.out, System.err,
                System.getenv()));
    }
}
