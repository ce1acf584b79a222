package vn.dangvu.logic.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.PgTools;
import vn.dangvu.logic.persistence.TestDatabase;

/**
 * Backups of the register on a real PostgreSQL (decision 0026): a pg_dump restored into a scratch
 * database and compared table by table; where pg_dump is missing, said plainly. Skipped without
 * a test server, and without pg_dump on this machine for the dump itself.
 */
class ServerBackupTest {

    @TempDir
    Path temp;

    private final LocalDateTime now = LocalDateTime.of(2026, 3, 18, 8, 15, 0);
    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private BackupService onServer(int members, Optional<PgTools> tools) {
        database = TestDatabase.POSTGRESQL.fresh(temp.resolve("data"));
        if (members > 0) {
            new DemoService(database).fill(members);
        }
        return new BackupService(database, () -> now, List.of(), () -> tools);
    }

    @Test
    void aServerBackupIsAPgDumpRestoredIntoAScratchDatabaseAndComparedTableByTable() throws IOException {
        Optional<PgTools> tools = PgTools.find();
        Assumptions.assumeTrue(tools.isPresent(), "no pg_dump on this machine");
        BackupService backups = onServer(30, tools);

        BackupResult result = backups.backupNow();

        Path zip = temp.resolve("data/sao-luu/dangvu-2026-03-18-081500.zip");
        assertEquals(zip, result.file().file());
        assertEquals(List.of("dangvu-bang-ke.properties", "dangvu.dump"), entries(zip));
        BackupManifest manifest;
        try (BackupArchive.Unpacked unpacked = BackupArchive.unpack(zip, temp.resolve("xem"))) {
            manifest = unpacked.manifest().orElseThrow();
        }
        assertEquals("postgresql", manifest.engine());
        assertEquals(30, manifest.tables().get("member").rows(), "the demo's 30 people, as dumped");
        assertEquals(manifest.rows(), result.rows());
        assertEquals(List.of("dangvu.dump"), List.copyOf(manifest.files().keySet()));
        assertEquals("Dữ liệu dùng chung trên máy chủ PostgreSQL " + TestDatabase.server()
                + ". Sao lưu gần nhất từ máy này: 18/03/2026 08:15 (đã phục hồi thử và kiểm tra).", backups.status());
        assertTrue(BackupVerifier.verify(zip, null, temp.resolve("kiem-tra")).summary()
                .contains("bản pg_dump khớp bảng kê (" + manifest.tables().size() + " bảng"));
        try (var left = Files.list(temp.resolve("data/sao-luu"))) {
            assertEquals(List.of(zip), left.toList(), "no scratch folder left behind");
        }
    }

    @Test
    void aDumpChangedInsideTheZipIsCaughtByVerifyBackupAndNotRestoredIntoAFile() throws IOException {
        Optional<PgTools> tools = PgTools.find();
        Assumptions.assumeTrue(tools.isPresent(), "no pg_dump on this machine");
        Path zip = onServer(5, tools).backupNow().file().file();
        try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of());
             OutputStream out = Files.newOutputStream(archive.getPath("dangvu.dump"),
                     java.nio.file.StandardOpenOption.APPEND)) {
            out.write(0);
        }

        BackupFailed tampered = assertThrows(BackupFailed.class,
                () -> BackupVerifier.verify(zip, null, temp.resolve("kiem-tra")));
        assertEquals("Bản sao lưu dangvu-2026-03-18-081500.zip không khớp với bảng kê của nó: tệp dangvu.dump đã bị"
                + " thay đổi. Không nên dùng bản này để khôi phục.", tampered.getMessage());

        try (Database file = Database.open(temp.resolve("may-nay"))) {
            BackupFailed refused = assertThrows(BackupFailed.class, () -> new BackupService(file).restore(zip));
            assertTrue(refused.getMessage().startsWith("Bản sao lưu dangvu-2026-03-18-081500.zip là của một máy chủ"
                    + " PostgreSQL (pg_dump), không khôi phục vào tệp dữ liệu trên máy này được."), refused.getMessage());
        }
    }

    @Test
    void givenTheServerVerifyBackupRestoresTheDumpAgainAndFindsAManifestThatCountsOtherRows() throws IOException {
        Optional<PgTools> tools = PgTools.find();
        Assumptions.assumeTrue(tools.isPresent(), "no pg_dump on this machine");
        Path zip = onServer(12, tools).backupNow().file().file();
        Optional<vn.dangvu.logic.persistence.ServerAddress> server = Optional.of(TestDatabase.server());

        assertTrue(BackupVerifier.verify(zip, null, temp.resolve("kiem-tra"), server).summary()
                .contains("bản pg_dump phục hồi thử trên máy chủ: "));

        try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
            Path manifest = archive.getPath("dangvu-bang-ke.properties");
            String text = Files.readString(manifest, java.nio.charset.StandardCharsets.UTF_8);
            String edited = text.replaceFirst("table\\.member\\.rows=12(\\R)", "table.member.rows=13$1");
            assertTrue(!edited.equals(text), text);
            Files.writeString(manifest, edited, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(BackupVerifier.verify(zip, null, temp.resolve("kiem-tra")).summary().contains("bản pg_dump khớp"),
                "without the server only the dump's own digest is checked");
        BackupFailed mismatch = assertThrows(BackupFailed.class,
                () -> BackupVerifier.verify(zip, null, temp.resolve("kiem-tra"), server));
        assertEquals("Bản sao lưu dangvu-2026-03-18-081500.zip không khớp với bảng kê của nó: bảng member có 12 dòng,"
                + " bảng kê ghi 13. Không nên dùng bản này để khôi phục.", mismatch.getMessage());
    }

    @Test
    void withoutPgDumpTheStatusAndTheBackupSaySoAndNothingIsWritten() throws IOException {
        BackupService backups = onServer(0, Optional.empty());

        BackupFailed failed = assertThrows(BackupFailed.class, backups::backupNow);

        assertEquals(BackupService.NO_PG_DUMP, failed.getMessage());
        assertTrue(failed.getMessage().startsWith("Máy này không có pg_dump và pg_restore"), failed.getMessage());
        assertEquals("Dữ liệu dùng chung trên máy chủ PostgreSQL " + TestDatabase.server() + ". "
                + BackupService.NO_PG_DUMP, backups.status());
        try (var left = Files.list(temp.resolve("data/sao-luu"))) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static List<String> entries(Path zip) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            List<String> names = new java.util.ArrayList<>();
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
            names.sort(null);
            return names;
        }
    }
}
