package vn.dangvu.cli.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.importing.ClerkWorkbook;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;

class ImportCommandTest {

    @TempDir
    Path folder;

    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return CommandLine.standard().run(folder.resolve("data"), List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** With "\n" line ends, as the expected texts have them (println writes "\r\n" on Windows). */
    private String output() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private int members() {
        try (Database database = Database.open(folder.resolve("data"))) {
            return new RegisterService(database).loadRegister().size();
        }
    }

    @Test
    void dryRunReportsAndWritesNothingThenTheImportWritesOnce() throws Exception {
        String file = ClerkWorkbook.clean().write(folder.resolve("ds.xlsx")).toString();

        assertEquals(CommandLine.OK, run("import", file, "--dry-run"), errors());
        assertTrue(output().startsWith("Kiểm tra tệp ds.xlsx (--dry-run, chưa ghi gì): không có lỗi."), output());
        assertTrue(output().contains("  Đảng viên mới: 7\n"), output());
        assertTrue(output().contains("  Sheet 'Đảng viên', dòng 4, cột 'Họ và tên': Họ và tên có khoảng trắng thừa"),
                output());
        assertEquals(0, members());

        assertEquals(CommandLine.OK, run("import", file), errors());
        assertTrue(output().startsWith("Đã nhập tệp ds.xlsx:"), output());
        assertEquals("", errors());
        assertEquals(7, members());

        assertEquals(CommandLine.OK, run("import", file));
        assertTrue(output().contains("  Đảng viên mới: 0\n  Đảng viên cập nhật: 0 (không thay đổi: 7)\n"), output());
        assertEquals(7, members());
    }

    @Test
    void aFileWithErrorsExitsOneWithEveryProblemOnStderrAndWritesNothing() throws Exception {
        String file = ClerkWorkbook.withErrors().write(folder.resolve("loi.xlsx")).toString();

        assertEquals(CommandLine.FAILED, run("import", file));
        assertTrue(errors().startsWith("Không nhập tệp loi.xlsx vì có lỗi. Không có gì được ghi.\nLỗi (3):\n"), errors());
        assertTrue(errors().contains("  Sheet 'Đảng viên', dòng 11, cột 'Chi bộ': Chưa có giá trị (cột bắt buộc).\n"),
                errors());
        assertTrue(errors().contains("Cảnh báo ("), errors());
        assertEquals(CommandLine.FAILED, run("import", file, "--dry-run"));
        assertEquals(0, members());
    }

    @Test
    void anOfficialDateOtherThanTheTwelveMonthDateIsPrintedWithItsRowAndTheOptionWritesTheTwelveMonthDate()
            throws Exception {
        String file = ClerkWorkbook.clean().withDecisionDatesAsOfficial().write(folder.resolve("ds.xlsx")).toString();

        assertEquals(CommandLine.OK, run("import", file, "--dry-run"), errors());
        // row 5: admitted 19/05/1975, + 12 months = 19/05/1976; the file has the decision's 02/07/1976
        assertTrue(output().contains("  Sheet 'Đảng viên', dòng 5, cột 'Ngày chính thức': Ngày chính thức 02/07/1976"
                + " khác ngày đủ 12 tháng dự bị 19/05/1976 (vào Đảng 19/05/1975)"), output());

        assertEquals(CommandLine.OK, run("import", file, "--official-12-months"), errors());
        assertTrue(output().contains("dòng 5, cột 'Ngày chính thức': Ngày chính thức 02/07/1976 khác ngày đủ 12 tháng"
                + " dự bị 19/05/1976 (vào Đảng 19/05/1975): đảng viên được công nhận chính thức từ ngày đủ 12 tháng,"
                + " kể cả khi quyết định ra muộn. Sẽ ghi ngày chính thức 19/05/1976."), output());
        try (Database database = Database.open(folder.resolve("data"))) {
            assertEquals(java.time.LocalDate.of(1976, 5, 19), new RegisterService(database).loadRegister().stream()
                    .filter(e -> e.name().full().equals("Lê Văn Cường")).findFirst().orElseThrow().history()
                    .officialDateOn(java.time.LocalDate.of(2000, 1, 1)).orElseThrow());
        }
    }

    @Test
    void junkExitsOneWithTheReason() throws Exception {
        Path junk = Files.writeString(folder.resolve("rac.xlsx"), "không phải Excel");
        assertEquals(CommandLine.FAILED, run("import", junk.toString()));
        assertTrue(errors().startsWith("Lỗi: Tệp rac.xlsx không phải sổ làm việc Excel"), errors());
        assertEquals(0, members());
    }

    @Test
    void withoutAFileItPrintsUsage() {
        assertEquals(CommandLine.USAGE, run("import"));
        assertTrue(errors().startsWith("Thiếu tên tệp Excel cần nhập."), errors());
        assertTrue(errors().contains("import TỆP.xlsx [--dry-run]"), errors());
    }
}
