package vn.dangvu.cli.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.BranchKind;

/** backup and restore on the command line, and the password of encrypted data given through the environment. */
class BackupCommandTest {

    @TempDir
    Path temp;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(Map<String, String> environment, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return CommandLine.standard().run(temp.resolve("data"), List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                environment);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void backupToAFileThenRestoreFromItBringsTheDataBack() {
        assertEquals(CommandLine.OK, run(Map.of(), "demo", "--members", "12"), errors());
        Path file = temp.resolve("ban-sao-luu.zip");

        assertEquals(CommandLine.OK, run(Map.of(), "backup", "--to", file.toString()), errors());
        assertTrue(output().startsWith("Đã sao lưu và kiểm tra: "), output());
        assertTrue(output().contains("dòng khớp với dữ liệu"), output());
        assertTrue(Files.isRegularFile(file));
        try (Database database = Database.open(temp.resolve("data"))) {
            new BranchService(database).create("Chi bộ thôn Mới", BranchKind.VILLAGE, null);
        }

        assertEquals(CommandLine.OK, run(Map.of(), "restore", "--from", file.toString()), errors());

        assertTrue(output().startsWith("Đã khôi phục bản sao lưu ngày "), output());
        assertTrue(output().contains("(12 đảng viên; 0 tệp giấy tờ, đủ và khớp)"), output());
        assertTrue(output().contains("Dữ liệu trước khi khôi phục đã được sao lưu vào "), output());
        try (Database database = Database.open(temp.resolve("data"))) {
            assertTrue(new BranchService(database).all().stream().noneMatch(b -> b.name().equals("Chi bộ thôn Mới")));
        }
    }

    @Test
    void aDamagedDataFileIsReplacedByTheBackupAndKeptBesideIt() throws Exception {
        assertEquals(CommandLine.OK, run(Map.of(), "demo", "--members", "12"), errors());
        Path file = temp.resolve("ban-sao-luu.zip");
        assertEquals(CommandLine.OK, run(Map.of(), "backup", "--to", file.toString()), errors());
        Path data = temp.resolve("data").resolve("dangvu.mv.db");
        byte[] damaged = Files.readAllBytes(data);
        java.util.Arrays.fill(damaged, 0, 8192, (byte) 0x5a); // both copies of H2's file header
        Files.write(data, damaged);

        assertEquals(CommandLine.FAILED, run(Map.of(), "backup"), errors());
        assertTrue(errors().startsWith("Lỗi: Không mở được dữ liệu trong "), errors());

        assertEquals(CommandLine.OK, run(Map.of(), "restore", "--from", file.toString()), errors());

        assertTrue(output().startsWith("Dữ liệu hiện tại không mở được; đã thay bằng bản sao lưu ban-sao-luu.zip."
                + " Tệp hỏng được giữ lại: "), output());
        try (var files = Files.list(temp.resolve("data"))) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("dangvu-hong-")).count());
        }
        try (Database database = Database.open(temp.resolve("data"))) {
            assertEquals(12, new vn.dangvu.logic.register.RegisterService(database).loadRegister().size());
        }
    }

    @Test
    void encryptedDataNeedsThePasswordFromAFileOrTheEnvironmentNeverFromTheCommandLine() throws Exception {
        try (Database database = Database.open(temp.resolve("data"))) {
            database.file().orElseThrow().changePassword("bí mật 123");
        }

        assertEquals(CommandLine.FAILED, run(Map.of(), "backup"));
        assertTrue(errors().startsWith("Lỗi: Dữ liệu đã được đặt mật khẩu: cần nhập mật khẩu để mở. Cho mật khẩu qua"
                + " biến môi trường DANGVU_PASSWORD_FILE"), errors());

        assertEquals(CommandLine.FAILED, run(Map.of("DANGVU_PASSWORD", "sai"), "backup"));
        assertTrue(errors().startsWith("Lỗi: Mật khẩu không đúng."), errors());

        Path passwordFile = Files.writeString(temp.resolve("mat-khau.txt"), "bí mật 123\n");
        assertEquals(CommandLine.OK, run(Map.of("DANGVU_PASSWORD_FILE", passwordFile.toString()), "backup"), errors());
        assertEquals(CommandLine.OK, run(Map.of("DANGVU_PASSWORD", "bí mật 123"), "backup"), errors());
    }

    @Test
    void restoringSomethingThatIsNotABackupSaysSoAndChangesNothing() throws Exception {
        Path junk = Files.writeString(temp.resolve("rac.zip"), "rác");

        assertEquals(CommandLine.FAILED, run(Map.of(), "restore", "--from", junk.toString()));
        assertTrue(errors().startsWith("Lỗi: Tệp rac.zip không đọc được như một bản sao lưu")
                || errors().startsWith("Lỗi: Tệp rac.zip không phải bản sao lưu"), errors());
        assertEquals(CommandLine.USAGE, run(Map.of(), "restore"));
        assertTrue(errors().startsWith("Thiếu tùy chọn --from."), errors());
    }
}
