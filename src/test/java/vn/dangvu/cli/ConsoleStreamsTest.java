package vn.dangvu.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A command's output is UTF-8, and a Windows console that shows another code page is switched to
 * UTF-8 while the command runs. Also run with the windows-1252 default (pom).
 */
class ConsoleStreamsTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, UTF_8);
    private final List<Integer> used = new ArrayList<>();

    private ConsoleStreams.CodePages console(int codePage) {
        return new ConsoleStreams.CodePages() {
            @Override
            public Optional<Integer> current() {
                return Optional.of(codePage);
            }

            @Override
            public void use(int next) {
                used.add(next);
            }
        };
    }

    @Test
    void aWindowsConsoleShowingCodePage437IsSwitchedToUtf8ForTheCommandAndBackAfter() {
        try (ConsoleStreams streams = ConsoleStreams.open(out, out, true, Optional.of("Cp437"), console(437))) {
            assertEquals(List.of(65001), used);
            streams.out().print("Đảng ủy xã Ơn Ưng");
        }
        assertEquals(List.of(65001, 437), used);
        assertArrayEquals("Đảng ủy xã Ơn Ưng".getBytes(UTF_8), bytes.toByteArray());
    }

    @Test
    void outputRedirectedToAFileOrAPipeLeavesTheConsoleAlone() {
        try (ConsoleStreams streams = ConsoleStreams.open(out, out, true, Optional.of("UTF-8"), console(1258))) {
            streams.out().print("{\"tên\": \"Đức\"}");
        }
        assertEquals(List.of(), used);
        assertArrayEquals("{\"tên\": \"Đức\"}".getBytes(UTF_8), bytes.toByteArray());
    }

    @Test
    void aConsoleAlreadyInUtf8IsLeftAsItIs() {
        ConsoleStreams.open(out, out, true, Optional.of("cp65001"), console(65001)).close();
        ConsoleStreams.open(out, out, true, Optional.of("Cp850"), console(65001)).close();

        assertEquals(List.of(), used);
    }

    @Test
    void elsewhereNothingIsSwitched() {
        ConsoleStreams.open(out, out, false, Optional.of("ANSI_X3.4-1968"), console(437)).close();

        assertEquals(List.of(), used);
    }

    @Test
    void chcpsAnswerIsReadInAnyWindowsLanguage() {
        assertEquals(Optional.of(437), ConsoleStreams.Chcp.parse("Active code page: 437\r\n"));
        assertEquals(Optional.of(1258), ConsoleStreams.Chcp.parse("Trang m\u00e3 hi\u1ec7n h\u00e0nh: 1258.\r\n"));
        assertEquals(Optional.of(850), ConsoleStreams.Chcp.parse("Page de codes active\u00a0: 850\r\n"));
        assertEquals(Optional.empty(), ConsoleStreams.Chcp.parse("'chcp' is not recognized\r\n"));
    }
}
