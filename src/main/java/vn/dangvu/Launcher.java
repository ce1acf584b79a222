package vn.dangvu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.DataFolder;
import vn.dangvu.ui.DangVuApp;

/**
 * Entry point. Not the JavaFX Application on purpose: a plain main class lets the fat jar
 * start JavaFX from the classpath. Without a command it opens the window; with one it is
 * the command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String dataOverride = null;
        int data = rest.indexOf("--data");
        if (data >= 0) {
            if (data + 1 >= rest.size()) {
                System.err.println("Thiếu thư mục sau --data.");
                CommandLine.standard().printUsage(System.err);
                System.exit(CommandLine.USAGE);
            }
            dataOverride = rest.get(data + 1);
            rest.subList(data, data + 2).clear();
        }
        Path folder = DataFolder.resolve(dataOverride);
        if (rest.isEmpty()) {
            DangVuApp.launchWith(folder);
            return;
        }
        System.exit(CommandLine.standard().run(folder, rest, System.out, System.err));
    }
}
