package vn.dangvu.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import vn.dangvu.logic.persistence.ServerAddress;

/**
 * A clerk of {@link FiveClerksTest} in a process of its own: args are the server's URL and user,
 * the clerk's number, its folder and the seconds to work. Prints "READY" once connected, starts on
 * a line on its input, then prints what it did as {@link ClerkLog} lines after "LOG".
 */
public final class ClerkWork {

    private ClerkWork() {
    }

    public static void main(String[] args) {
        ServerAddress server = new ServerAddress(args[0], args[1], System.getenv("DANGVU_TEST_PG_PASSWORD"));
        Clerk clerk = new Clerk(Integer.parseInt(args[2]), Path.of(args[3]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ClerkLog log = clerk.work(server, Duration.ofSeconds(Long.parseLong(args[4])), () -> {
            System.out.println("READY");
            System.out.flush();
            try {
                in.readLine(); // "GO": every clerk starts at the same moment
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        System.out.println("LOG");
        log.lines().forEach(System.out::println);
        System.out.flush();
    }
}
