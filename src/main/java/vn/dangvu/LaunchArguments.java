package vn.dangvu;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.cli.UsageException;

/**
 * The options every start accepts, before any command: {@code --data DIR} (another data folder),
 * {@code --db-url jdbc:postgresql://…} with {@code --db-user}, {@code --db-password} (the register
 * on a PostgreSQL server) and {@code --startup-probe} (open the window, print how long it took,
 * quit). What is left is the command, or nothing to open the window.
 *
 * @param dataFolder   the folder after --data, or null for the user's default folder
 * @param startupProbe whether --startup-probe was given
 * @param command      the command and its arguments; empty to open the window
 * @param server       --db-url, --db-user and --db-password as given (each null when absent)
 */
public record LaunchArguments(String dataFolder, boolean startupProbe, List<String> command, Server server) {

    static final String DATA = "--data";
    static final String STARTUP_PROBE = "--startup-probe";

    /** The server options of the command line; all null when none was given. */
    public record Server(String url, String user, String password) {
    }

    public LaunchArguments {
        command = List.copyOf(command);
    }

    public static LaunchArguments parse(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String dataFolder = take(rest, DATA, "Thiếu thư mục sau --data.");
        Server server = new Server(take(rest, "--db-url", "Thiếu địa chỉ máy chủ sau --db-url."),
                take(rest, "--db-user", "Thiếu tên đăng nhập sau --db-user."),
                take(rest, "--db-password", "Thiếu mật khẩu sau --db-password."));
        if (server.url() == null && (server.user() != null || server.password() != null)) {
            throw new UsageException("--db-user và --db-password chỉ dùng cùng --db-url.");
        }
        boolean probe = rest.remove(STARTUP_PROBE);
        if (probe && !rest.isEmpty()) {
            throw new UsageException("--startup-probe chỉ dùng khi mở cửa sổ, không đi cùng lệnh \"" + rest.get(0)
                    + "\".");
        }
        return new LaunchArguments(dataFolder, probe, rest, server);
    }

    /** Removes "option value" from the arguments and returns the value, or null when the option is absent. */
    private static String take(List<String> rest, String option, String missing) {
        int at = rest.indexOf(option);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= rest.size()) {
            throw new UsageException(missing);
        }
        String value = rest.get(at + 1);
        rest.subList(at, at + 2).clear();
        return value;
    }

    public boolean opensWindow() {
        return command.isEmpty();
    }
}
