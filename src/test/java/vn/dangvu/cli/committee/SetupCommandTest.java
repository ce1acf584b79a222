package vn.dangvu.cli.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.committee.CommitteeHistory;

/** setup: the committee without the window, then a change valid from a day. */
class SetupCommandTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.standard().run(temp.resolve("data"), List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
    }

    private CommitteeHistory history() {
        try (Database database = Database.open(temp.resolve("data"))) {
            return new CommitteeService(database).history().orElseThrow();
        }
    }

    @Test
    void firstStartThenAChangeFromTheFirstOfJuly2025() {
        assertEquals(CommandLine.OK, run("setup", "--committee", "Đảng bộ xã Hải Yến", "--place", "Hải Yến",
                "--superior", "Đảng bộ huyện Tiên Yên"), err.toString(StandardCharsets.UTF_8));
        assertEquals(CommandLine.OK, run("setup", "--committee", "Đảng bộ xã Hải Yến", "--place", "Hải Yến",
                "--superior", "Đảng bộ tỉnh Quảng Ninh", "--from", "2025-07-01"), err.toString(StandardCharsets.UTF_8));

        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Đã ghi thông tin Đảng bộ từ ngày 01/07/2025"));
        CommitteeHistory history = history();
        assertEquals("Đảng bộ huyện Tiên Yên", history.on(LocalDate.of(2025, 6, 30)).superiorName());
        assertEquals("Đảng bộ tỉnh Quảng Ninh", history.on(LocalDate.of(2025, 7, 1)).superiorName());
    }

    @Test
    void withoutADateTheLatestVersionIsCorrected() {
        run("setup", "--committee", "Đảng bộ xã Hải Yến", "--place", "Hải Yến", "--superior", "Đảng bộ huyện Tiên Yên");
        run("setup", "--committee", "Đảng bộ xã Hải Yến", "--place", "Hải Yến", "--superior", "Đảng bộ tỉnh QN",
                "--from", "2025-07-01");

        assertEquals(CommandLine.OK, run("setup", "--committee", "Đảng bộ xã Hải Yến", "--place", "Hải Yến",
                "--superior", "Đảng bộ tỉnh Quảng Ninh"));

        CommitteeHistory history = history();
        assertEquals("Đảng bộ tỉnh Quảng Ninh", history.latest().superiorName());
        assertEquals("Đảng bộ huyện Tiên Yên", history.on(LocalDate.of(2025, 6, 30)).superiorName());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(CommandLine.USAGE, run("setup", "--place", "Hải Yến"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Thiếu tùy chọn --committee."));
        assertEquals(CommandLine.USAGE, run("setup", "--committee", "Đảng bộ xã Hải Yến", "--place", "Hải Yến",
                "--from", "01/07/2025"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--from phải là ngày dạng YYYY-MM-DD"));
        assertEquals(CommandLine.USAGE, run("setup", "--committee", " ", "--place", "Hải Yến"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Chưa nhập tên Đảng bộ."));
        assertEquals(CommandLine.USAGE, run("setup", "--committee", "Đảng bộ xã Hải Yến", "--place", "Hải Yến", "thừa"));
    }
}
