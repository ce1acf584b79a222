package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A second copy of the app, for {@link DatabaseLockTest}: opens the data folder given as the
 * argument, prints OPEN, and keeps the database open until its standard input is closed.
 */
public final class HoldDatabaseOpen {

    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() != -1) {
                // wait for the test to close our standard input
            }
        }
    }
}
