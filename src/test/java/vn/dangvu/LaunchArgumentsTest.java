package vn.dangvu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.cli.UsageException;

class LaunchArgumentsTest {

    private static String[] split(String args) {
        return args == null ? new String[0] : args.split(" ");
    }

    @ParameterizedTest(name = "[{0}] → data {1}, probe {2}, command [{3}]")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "-                                    | -     | false | -",
        "--data D:\\DangVu                     | D:\\DangVu | false | -",
        "--startup-probe                      | -     | true  | -",
        "--data /tmp/x --startup-probe        | /tmp/x | true | -",
        "--startup-probe --data /tmp/x        | /tmp/x | true | -",
        "--data /tmp/x demo --members 5       | /tmp/x | false | demo --members 5",
        "demo --members 5 --data /tmp/x       | /tmp/x | false | demo --members 5",
    })
    void separatesTheGlobalOptionsFromTheCommand(String args, String folder, boolean probe, String command) {
        LaunchArguments launch = LaunchArguments.parse(split(args));
        assertEquals(folder, launch.dataFolder());
        assertEquals(probe, launch.startupProbe());
        assertEquals(command == null ? List.of() : Arrays.asList(split(command)), launch.command());
        assertEquals(command == null, launch.opensWindow());
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', value = {
        "--data                               | Thiếu thư mục sau --data.",
        "--startup-probe demo --members 5     | --startup-probe chỉ dùng khi mở cửa sổ, không đi cùng lệnh \"demo\".",
        "--data /tmp/x --db-url               | Thiếu địa chỉ máy chủ sau --db-url.",
        "--db-user thuky stats                | --db-user và --db-password chỉ dùng cùng --db-url.",
    })
    void refusesWhatCannotBeRunWithAVietnameseReason(String args, String message) {
        UsageException refused = assertThrows(UsageException.class, () -> LaunchArguments.parse(split(args)));
        assertEquals(message, refused.getMessage());
    }

    @org.junit.jupiter.api.Test
    void theServerOptionsAreTakenOutWhereverTheyStand() {
        LaunchArguments launch = LaunchArguments.parse(split("--data /tmp/x --db-url jdbc:postgresql://may-chu/dangvu"
                + " import ds.xlsx --db-user thuky --db-password mk"));
        assertEquals(new LaunchArguments.Server("jdbc:postgresql://may-chu/dangvu", "thuky", "mk"), launch.server());
        assertEquals(List.of("import", "ds.xlsx"), launch.command());
        assertEquals(new LaunchArguments.Server(null, null, null), LaunchArguments.parse(split("demo")).server());
    }
}
