package vn.dangvu.cli.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.meeting.MeetingFixture;

class MinutesCommandTest {

    @TempDir
    Path folder;

    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fixture() {
        data = folder.resolve("data");
        try (MeetingFixture f = new MeetingFixture(data)) {
            f.meetings.save(f.regularMeeting(MeetingFixture.MEETING_DAY), "thư ký");
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.standard().run(data, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesTheFilledMinutesOfTheRecordedMeeting() throws IOException {
        Path file = folder.resolve("bien-ban.docx");
        assertEquals(CommandLine.OK, run("minutes", "--branch", "thon na pan", "--month", "2026-03", "--out",
                file.toString()));
        assertEquals("Đã ghi " + file.toAbsolutePath() + ".", out.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", errors(), "nothing but the result: no library noise on stderr");
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getTables().get(1).getRow(1).getCell(1).getText().contains("Hoàng Thị Ánh"));
        }
    }

    @Test
    void aMonthWithoutMinutesNeedsBlank() {
        Path file = folder.resolve("thang-4.docx");
        assertEquals(CommandLine.FAILED, run("minutes", "--branch", "Chi bộ thôn Nà Pàn", "--month", "2026-04",
                "--out", file.toString()));
        assertEquals("Chi bộ thôn Nà Pàn chưa có biên bản sinh hoạt thường kỳ tháng 4/2026 trong dữ liệu."
                + " Dùng --blank để in mẫu trống ghi tay.", errors().strip());
        assertFalse(Files.exists(file));

        assertEquals(CommandLine.OK, run("minutes", "--branch", "Chi bộ thôn Nà Pàn", "--month", "2026-04",
                "--out", file.toString(), "--blank"));
        assertTrue(Files.exists(file));
    }

    @Test
    void anUnknownBranchIsNamedWithTheBranchesThatExist() {
        assertEquals(CommandLine.FAILED, run("minutes", "--branch", "Chi bộ thôn Đông", "--month", "2026-03",
                "--out", folder.resolve("x.docx").toString(), "--blank"));
        assertTrue(errors().startsWith("Không có chi bộ \"Chi bộ thôn Đông\". Các chi bộ đang hoạt động: "),
                errors());
        assertTrue(errors().contains("Chi bộ thôn Nà Pàn"), errors());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "minutes --month 2026-03 --out a.docx                    | Thiếu tùy chọn --branch.",
        "minutes --branch X --month 03/2026 --out a.docx         | --month phải có dạng YYYY-MM (ví dụ 2026-03), không phải \"03/2026\".",
        "minutes --branch X --month 2026-03                      | Thiếu tùy chọn --out.",
        "minutes --branch X --month 2026-03 --out a.pdf          | --out phải là tệp .docx, không phải \"a.pdf\".",
    })
    void badUsageExitsTwo(String args, String message) {
        assertEquals(CommandLine.USAGE, run(args.split(" +")));
        assertTrue(errors().contains(message), errors());
        assertTrue(errors().contains("minutes --branch"), "the help lists the command");
    }
}
