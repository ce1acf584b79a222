package vn.dangvu.logic.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.EncryptionTest;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;

/** Verified, rotating backups to two folders, and restoring one, on real H2 files. */
class BackupServiceTest {

    @TempDir
    Path temp;

    private LocalDateTime now = LocalDateTime.of(2026, 3, 18, 8, 15, 0);
    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private BackupService open(String password, int members) {
        database = Database.open(temp.resolve("data"), password);
        if (members > 0) {
            new DemoService(database).fill(members);
        }
        return new BackupService(database, () -> now);
    }

    @Test
    void aBackupIsVerifiedTableByTableKeptInTheDataFolderAndCopiedToTheSecondFolder() throws IOException {
        BackupService backups = open(null, 40);
        backups.setSecondFolder(temp.resolve("USB"));

        BackupResult result = backups.backupNow();

        assertEquals(temp.resolve("data/sao-luu/dangvu-2026-03-18-081500.zip"), result.file().file());
        assertTrue(result.tables() >= 10, "tables compared: " + result.tables());
        assertTrue(result.rows() > 40, "rows compared: " + result.rows());
        assertEquals(Optional.of(temp.resolve("USB/dangvu-2026-03-18-081500.zip")), result.copy());
        assertTrue(Files.isRegularFile(temp.resolve("USB/dangvu-2026-03-18-081500.zip")));
        assertEquals("Sao lưu gần nhất: 18/03/2026 08:15 (đã kiểm tra)", backups.status());
        try (var left = listing(temp.resolve("data/sao-luu"))) {
            assertEquals(List.of("dangvu-2026-03-18-081500.zip"), left.toList(), "no scratch folder left behind");
        }
    }

    @Test
    void anUnpluggedSecondFolderDoesNotStopTheBackupButIsReported() throws IOException {
        BackupService backups = open(null, 0);
        Path notAFolder = Files.writeString(temp.resolve("USB"), "tệp, không phải thư mục");
        backups.setSecondFolder(notAFolder);

        BackupResult result = backups.backupNow();

        assertTrue(Files.isRegularFile(result.file().file()));
        assertTrue(result.copyProblem().orElseThrow().startsWith("Không chép được bản sao lưu sang "),
                result.copyProblem().toString());
    }

    @Test
    void theLastThirtyBackupsAreKept() {
        BackupService backups = open(null, 0);
        for (int day = 1; day <= 32; day++) {
            now = LocalDateTime.of(2026, 1, 1, 12, 0).plusDays(day);
            backups.backupNow();
        }

        List<BackupFile> kept = backups.list();
        assertEquals(30, kept.size());
        assertEquals(LocalDateTime.of(2026, 2, 2, 12, 0), kept.get(0).takenAt());
        assertEquals(LocalDateTime.of(2026, 1, 4, 12, 0), kept.get(29).takenAt());
    }

    @Test
    void automaticBackupsAreTakenOnceADay() {
        BackupService backups = open(null, 0);

        assertTrue(backups.backupIfDue().isPresent(), "the first one");
        now = now.plusHours(23);
        assertTrue(backups.backupIfDue().isEmpty(), "23 hours later");
        now = now.plusHours(1);
        assertTrue(backups.backupIfDue().isPresent(), "a day later");
    }

    @Test
    void theStatusWarnsWhenTheLastVerifiedBackupIsOlderThanSevenDays() {
        LocalDateTime taken = LocalDateTime.of(2026, 3, 18, 8, 15);
        assertEquals("Chưa có bản sao lưu nào. Hãy sao lưu ngay.", BackupService.status(Optional.empty(), taken));
        assertEquals("Sao lưu gần nhất: 18/03/2026 08:15 (đã kiểm tra)",
                BackupService.status(Optional.of(taken), taken.plusDays(7)));
        assertEquals("Sao lưu gần nhất: 18/03/2026 08:15 (đã kiểm tra) — đã 8 ngày chưa sao lưu, hãy sao lưu ngay.",
                BackupService.status(Optional.of(taken), taken.plusDays(8)));
        assertFalse(BackupService.isStale(Optional.of(taken), taken.plusDays(7)));
        assertTrue(BackupService.isStale(Optional.of(taken), taken.plusDays(7).plusMinutes(1)));
        assertTrue(BackupService.isStale(Optional.empty(), taken));
    }

    @Test
    void restoreShowsAPreviewTakesASafetyBackupAndBringsTheDataBack() {
        BackupService backups = open(null, 25);
        Path backup = backups.backupNow().file().file();
        new BranchService(database).create("Chi bộ thôn Mới", BranchKind.VILLAGE, null);

        BackupPreview preview = backups.preview(backup);
        assertEquals(LocalDateTime.of(2026, 3, 18, 8, 15), preview.takenAt());
        assertEquals(25, preview.members());
        assertFalse(preview.committee().isBlank());

        now = now.plusHours(1);
        BackupResult safety = backups.restore(backup);

        assertEquals(LocalDateTime.of(2026, 3, 18, 9, 15), safety.file().takenAt());
        assertTrue(new BranchService(database).all().stream().noneMatch(b -> b.name().equals("Chi bộ thôn Mới")),
                "the branch created after the backup is gone");
        assertEquals(25, new RegisterService(database).loadRegister().size());
        assertTrue(backups.preview(safety.file().file()).members() == 25);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndTheDataIsLeftAlone() throws IOException {
        BackupService backups = open(null, 5);
        Path junk = Files.writeString(temp.resolve("khong-phai.zip"), "không phải zip");

        BackupFailed failed = assertThrows(BackupFailed.class, () -> backups.restore(junk));

        assertTrue(failed.getMessage().startsWith("Tệp khong-phai.zip không"), failed.getMessage());
        assertEquals(5, new RegisterService(database).loadRegister().size());
        assertTrue(backups.list().isEmpty(), "no safety backup for a refused file");
    }

    @Test
    void withAPasswordTheBackupHoldsNoReadableNameAndRestoresWithThatPassword() throws IOException {
        BackupService backups = open("mật khẩu", 20);
        String name = new vn.dangvu.logic.CommitteeService(database).find().orElseThrow().name();
        String given = new RegisterService(database).loadRegister().get(0).name().given();

        Path backup = backups.backupNow().file().file();

        Path inner = Files.write(temp.resolve("trong-ban-sao-luu.mv.db"), entry(backup, "dangvu.mv.db"));
        assertTrue(Files.size(inner) > 4096);
        assertFalse(EncryptionTest.contains(inner, name), "the backup shows " + name);
        assertFalse(EncryptionTest.contains(inner, given), "the backup shows " + given);
        assertEquals(20, backups.preview(backup).members());
    }

    @Test
    void aBackupIsTakenBeforeAMigrationChangesAnExistingDatabase() throws Exception {
        Path data = temp.resolve("old");
        org.flywaydb.core.Flyway.configure().dataSource("jdbc:h2:file:" + data.resolve("dangvu"),
                "sa", "").locations("classpath:db/migration/common", "classpath:db/migration/h2").target("2").load().migrate();

        Database.open(data).close();

        try (var files = listing(data.resolve("sao-luu"))) {
            List<String> names = files.toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).startsWith("truoc-cap-nhat-"), names.toString());
        }
        Database.open(temp.resolve("new")).close();
        assertFalse(Files.exists(temp.resolve("new/sao-luu")), "a new database has nothing to keep");
    }

    private static java.util.stream.Stream<String> listing(Path folder) throws IOException {
        return Files.list(folder).map(p -> p.getFileName().toString());
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name + " not in " + zip);
    }
}
