package vn.dangvu.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import vn.dangvu.logic.persistence.Database;

/** What every command gets: the data folder and the output streams. */
public record CommandContext(Path dataFolder, PrintStream out, PrintStream err) {

    public Database openDatabase() {
        return Database.open(dataFolder);
    }
}
