package vn.dangvu;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.cli.UsageException;

/**
 * The options every start accepts, before any command: {@code --data DIR} (another data folder)
 * and {@code --startup-probe} (open the window, print how long it took, quit). What is left is
 * the command, or nothing to open the window.
 *
 * @param dataFolder   the folder after --data, or null for the user's default folder
 * @param startupProbe whether --startup-probe was given
 * @param command      the command and its arguments; empty to open the window
 */
public record LaunchArguments(String dataFolder, boolean startupProbe, List<String> command) {

    static final String DATA = "--data";
    static final String STARTUP_PROBE = "--startup-probe";

    public LaunchArguments {
        command = List.copyOf(command);
    }

    public static LaunchArguments parse(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String dataFolder = null;
        int data = rest.indexOf(DATA);
        if (data >= 0) {
            if (data + 1 >= rest.size()) {
                throw new UsageException("Thiếu thư mục sau --data.");
            }
            dataFolder = rest.get(data + 1);
            rest.subList(data, data + 2).clear();
        }
        boolean probe = rest.remove(STARTUP_PROBE);
        if (probe && !rest.isEmpty()) {
            throw new UsageException("--startup-probe chỉ dùng khi mở cửa sổ, không đi cùng lệnh \"" + rest.get(0)
                    + "\".");
        }
        return new LaunchArguments(dataFolder, probe, rest);
    }

    public boolean opensWindow() {
        return command.isEmpty();
    }
}
