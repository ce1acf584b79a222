package vn.dangvu.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.standard().run(folder, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "frobnicate               | Không có lệnh \"frobnicate\".",
        "demo                     | Thiếu tùy chọn --members.",
        "demo --members           | Thiếu giá trị sau --members.",
        "demo --members mười      | --members phải là một số nguyên dương, không phải \"mười\".",
        "demo --members -5        | --members phải là một số nguyên dương, không phải \"-5\".",
        "demo --members 5 --fast  | Không hiểu tùy chọn --fast.",
    })
    void badUsagePrintsVietnameseHelpAndExitsTwo(String args, String message) {
        assertEquals(CommandLine.USAGE, run(args.split(" ")));
        assertTrue(errors().contains(message), errors());
        assertTrue(errors().contains("Cách dùng:"), errors());
        assertTrue(errors().contains("demo --members N"), "the help lists the commands");
    }

    @Test
    void noCommandPrintsHelp() {
        assertEquals(CommandLine.USAGE, run());
        assertTrue(errors().contains("Thiếu lệnh."));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"--help", "-h", "help"})
    void askingForHelpPrintsItAndSucceeds(String ask) {
        assertEquals(CommandLine.OK, run(ask));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Cách dùng:"), out.toString(StandardCharsets.UTF_8));
        assertEquals("", errors());
    }

    @Test
    void demoFillsAnEmptyDatabaseOnceAndThenRefuses() {
        assertEquals(CommandLine.OK, run("demo", "--members", "60"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Đã tạo"), out.toString(StandardCharsets.UTF_8));
        assertEquals(CommandLine.FAILED, run("demo", "--members", "60"));
        assertTrue(errors().startsWith("Lỗi: "), errors());
    }
}
