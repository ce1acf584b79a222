package vn.dangvu.cli.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.backup.BackupManifest;

/**
 * verify-backup FILE on good, cut, tampered, foreign, encrypted and newer backups: exit 0 and one
 * line, or exit 1 and what is wrong; the data folder is never opened or created.
 */
class VerifyBackupCommandTest {

    @TempDir
    Path temp;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(Map<String, String> environment, Path data, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return CommandLine.standard().run(data, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
    }

    /** A demo register of 12 people backed up with `backup --to`; the password encrypts it when given. */
    private Path backup(Map<String, String> environment) {
        Path data = temp.resolve("du-lieu");
        assertEquals(CommandLine.OK, run(environment, data, "demo", "--members", "12"), err.toString());
        Path file = temp.resolve("sao-luu.zip");
        assertEquals(CommandLine.OK, run(environment, data, "backup", "--to", file.toString()), err.toString());
        return file;
    }

    /** Runs verify-backup with an empty data folder that must stay as it is: not created. */
    private int verify(Map<String, String> environment, Path file) {
        Path untouched = temp.resolve("khong-dung-den");
        int status = run(environment, untouched, "verify-backup", file.toString());
        assertTrue(Files.notExists(untouched), "verify-backup created the data folder");
        return status;
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aGoodBackupGivesExitZeroAndOneLine() {
        Path file = backup(Map.of());

        assertEquals(CommandLine.OK, verify(Map.of(), file), errors());

        String line = output().strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("Bản sao lưu tốt: sao-luu.zip, lấy lúc "), line);
        assertTrue(line.matches(".*, cấu trúc dữ liệu \\d+; \\d+ bảng, [\\d.]+ dòng khớp với bảng kê\\."), line);
    }

    @Test
    void aBackupCutShortIsSaidToBeCutOrDamaged() throws IOException {
        Path file = backup(Map.of());
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertEquals(CommandLine.FAILED, verify(Map.of(), file));

        assertTrue(errors().startsWith("Tệp sao-luu.zip bị cắt cụt hoặc hỏng, không giải nén được ("), errors());
    }

    @Test
    void aBackupWhoseDataWasChangedDoesNotMatchItsManifest() throws Exception {
        Path file = backup(Map.of());
        Path copy = Files.createDirectories(temp.resolve("sua"));
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
            Files.copy(zip.getPath("dangvu.mv.db"), copy.resolve("dangvu.mv.db"));
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("dangvu"), "sa", "");
                 Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE member SET given_name = 'Giả' WHERE id = (SELECT MIN(id) FROM member)");
            }
            Files.copy(copy.resolve("dangvu.mv.db"), zip.getPath("dangvu.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        }

        assertEquals(CommandLine.FAILED, verify(Map.of(), file));

        assertEquals("Bản sao lưu sao-luu.zip không khớp với bảng kê của nó: nội dung bảng MEMBER đã bị thay đổi"
                + " (tổng kiểm tra khác). Không nên dùng bản này để khôi phục.", errors());
    }

    @Test
    void aManifestThatCountsOtherRowsIsAMismatchToo() throws Exception {
        Path file = backup(Map.of());
        editManifest(file, "table.MEMBER.rows=12", "table.MEMBER.rows=13");

        assertEquals(CommandLine.FAILED, verify(Map.of(), file));

        assertEquals("Bản sao lưu sao-luu.zip không khớp với bảng kê của nó: bảng MEMBER có 12 dòng, bảng kê ghi 13."
                + " Không nên dùng bản này để khôi phục.", errors());
    }

    @Test
    void aZipThatIsNotOursIsRefused() throws IOException {
        Path file = temp.resolve("anh.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("anh-chup.txt"));
            zip.write("không phải sao lưu".getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(CommandLine.FAILED, verify(Map.of(), file));

        assertEquals("Tệp anh.zip không phải bản sao lưu của Đảng Vụ (không có tệp dữ liệu dangvu.mv.db bên trong).",
                errors());
    }

    @Test
    void anEncryptedBackupNeedsItsPassword() {
        Path file = backup(Map.of("DANGVU_PASSWORD", "mat-khau-dung"));

        assertEquals(CommandLine.FAILED, verify(Map.of("DANGVU_PASSWORD", "mat-khau-sai"), file));
        assertEquals("Mật khẩu đã cho không mở được bản sao lưu sao-luu.zip (sai mật khẩu).", errors());
        assertEquals(CommandLine.FAILED, verify(Map.of(), file));
        assertEquals("Bản sao lưu sao-luu.zip có mật khẩu; hãy cho mật khẩu của nó.", errors());
        assertEquals(CommandLine.OK, verify(Map.of("DANGVU_PASSWORD", "mat-khau-dung"), file), errors());
    }

    @Test
    void aBackupOfANewerReleaseIsSaidToBeNewer() throws Exception {
        Path file = backup(Map.of());
        editManifest(file, "format=1", "format=2");

        assertEquals(CommandLine.FAILED, verify(Map.of(), file));

        assertTrue(errors().startsWith("Bản sao lưu sao-luu.zip do một phiên bản Đảng Vụ mới hơn tạo ra (định dạng 2,"),
                errors());
        assertTrue(errors().endsWith("Hãy cập nhật Đảng Vụ rồi kiểm tra lại."), errors());
    }

    private static void editManifest(Path file, String line, String replacement) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
            Path manifest = zip.getPath(BackupManifest.NAME);
            String text = Files.readString(manifest, StandardCharsets.UTF_8);
            assertTrue(text.contains(line), text);
            Files.writeString(manifest, text.replace(line, replacement), StandardCharsets.UTF_8);
        }
    }
}
