package vn.dangvu.logic.paper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.backup.BackupResult;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.paper.Paper;

/** Papers in backups, restores into another folder, encryption and merges: every byte comes back. */
class PaperBackupTest {

    private static final String PASSWORD = "mật khẩu văn phòng";

    @TempDir
    Path folder;

    @Test
    void aBackupRestoredIntoAnotherFolderGivesBackEveryPaperByteForByte() {
        byte[] photo = SamplePapers.photo(1);
        byte[] pdf = SamplePapers.pdf(3);
        Path zip;
        try (PaperFixture f = new PaperFixture(folder.resolve("data"))) {
            f.papers.attach(f.duc, "anh", "anh.jpg", photo, null, null, "thư ký");
            f.papers.attach(f.anh, "quyet-dinh-ket-nap", "qd.pdf", pdf, null, null, "thư ký");
            zip = f.services.backups().backupNow().file().file();
        }
        try (PaperFixture other = new PaperFixture(folder.resolve("may-khac"))) {
            other.services.backups().restore(zip);
            List<Paper> papers = other.papers.papersOf(other.duc);
            assertEquals(1, papers.size());
            assertArrayEquals(photo, other.papers.content(papers.get(0)));
            Paper decision = other.papers.papersOf(other.anh).get(0);
            assertArrayEquals(pdf, other.papers.content(decision));
            assertFalse(other.papers.thumbnail(decision).length == 0);
        }
    }

    @Test
    void aDailyBackupCopiesOnlyTheNewPapersAndStillChecksThemAll() {
        try (PaperFixture f = new PaperFixture(folder.resolve("data"))) {
            f.papers.attach(f.duc, "anh", "anh.jpg", SamplePapers.photo(1), null, null, "x");
            f.papers.attach(f.duc, "ly-lich", "ly-lich.jpg", SamplePapers.jpeg("Ly lich", 2), null, null, "x");
            BackupResult first = f.services.backups().backupNow();
            assertEquals(4, first.papers().copied(), "two papers and their thumbnails");
            f.papers.attach(f.em, "ly-lich", "em.png", SamplePapers.png("Em", 3), null, null, "x");
            BackupResult second = f.services.backups().backupNow();
            assertEquals(2, second.papers().copied(), "only the new paper and its thumbnail");
            assertEquals(6, second.papers().manifest().entries().size());
            assertTrue(PaperBackup.check(second.file().file(), null, true).complete());
        }
    }

    @Test
    void aBackupMissingAPaperBesideItIsRefusedAndCheckSaysWhich() throws IOException {
        try (PaperFixture f = new PaperFixture(folder.resolve("data"))) {
            f.papers.attach(f.duc, "anh", "anh.jpg", SamplePapers.photo(1), null, null, "x");
            Path zip = f.services.backups().backupNow().file().file();
            Path store = zip.getParent().resolve(PaperBackup.FOLDER);
            Path one = files(store).get(0);
            byte[] bytes = Files.readAllBytes(one);
            bytes[bytes.length / 2] ^= 1;
            Files.write(one, bytes);
            PaperCheck check = PaperBackup.check(zip, null, true);
            assertEquals(List.of(store.relativize(one).toString().replace('\\', '/')), check.damaged());
            assertTrue(PaperBackup.check(zip, null, false).complete(), "a quick check sees only presence and size");
            Files.delete(one);
            assertEquals(1, PaperBackup.check(zip, null, false).missing().size());
        }
    }

    @Test
    void encryptedPapersShowNoByteOfTheImageInTheDataFolderOrItsBackups() throws IOException {
        byte[] photo = SamplePapers.photo(4);
        Path data = folder.resolve("data");
        try (PaperFixture f = new PaperFixture(data, PASSWORD)) {
            f.papers.attach(f.duc, "anh", "anh.jpg", photo, null, null, "x");
            f.services.backups().backupNow();
            assertArrayEquals(photo, f.papers.content(f.papers.papersOf(f.duc).get(0)));
        }
        byte[] probe = java.util.Arrays.copyOfRange(photo, 200, 232); // 32 bytes from inside the picture
        for (Path file : files(data)) {
            assertFalse(contains(Files.readAllBytes(file), probe), file + " holds readable bytes of the photo");
            assertFalse(file.getFileName().toString().equals(ContentId.of(photo)), "names say nothing of the content");
        }
    }

    @Test
    void settingAndChangingThePasswordKeepsEveryPaperReadable() {
        Path data = folder.resolve("data");
        byte[] scan = SamplePapers.jpeg("Quyet dinh", 6);
        try (PaperFixture f = new PaperFixture(data)) {
            f.papers.attach(f.duc, "quyet-dinh-ket-nap", "qd.jpg", scan, null, null, "x");
            f.services.passwords().set("mat-khau-1", "mat-khau-1");
            assertArrayEquals(scan, f.papers.content(f.papers.papersOf(f.duc).get(0)));
            f.services.passwords().change("mat-khau-1", "mat-khau-2", "mat-khau-2");
        }
        try (Database reopened = Database.open(data, "mat-khau-2")) {
            FolderPaperStore store = PaperStores.folderOf(reopened, reopened.file().orElseThrow());
            assertArrayEquals(scan, store.read(ContentId.of(scan)));
            assertFalse(Files.exists(data.resolve(FolderPaperStore.FOLDER)
                    .resolve(FolderPaperStore.relative(ContentId.of(scan), null))), "the plain copy is gone");
        }
    }

    @Test
    void anEncryptedBackupRestoresIntoAnotherEncryptedFolderAndNeedsItsPassword() {
        byte[] photo = SamplePapers.photo(5);
        Path zip;
        try (PaperFixture f = new PaperFixture(folder.resolve("data"), PASSWORD)) {
            f.papers.attach(f.duc, "anh", "anh.jpg", photo, null, null, "x");
            zip = f.services.backups().backupNow().file().file();
        }
        assertTrue(PaperBackup.check(zip, PASSWORD, true).complete());
        assertThrows(IllegalStateException.class, () -> PaperBackup.check(zip, "sai", true));
        try (PaperFixture other = new PaperFixture(folder.resolve("may-khac"), PASSWORD)) {
            other.services.backups().restore(zip);
            assertArrayEquals(photo, other.papers.content(other.papers.papersOf(other.duc).get(0)));
        }
    }

    @Test
    void theBytesOfAnotherUnitsBackupAreCopiedHereForAMergeToNameThem() {
        byte[] photo = SamplePapers.photo(6);
        Path zip;
        long theirDuc;
        try (PaperFixture former = new PaperFixture(folder.resolve("xa-cu"), PASSWORD)) {
            former.papers.attach(former.duc, "anh", "anh.jpg", photo, null, null, "x");
            theirDuc = former.duc;
            zip = former.services.backups().backupNow().file().file();
        }
        List<Paper> theirs;
        try (Database copy = Database.open(folder.resolve("xa-cu"), PASSWORD)) {
            theirs = copy.read(r -> r.papers().all());
        }
        try (PaperFixture merged = new PaperFixture(folder.resolve("xa-moi"))) {
            List<Paper> here = merged.papers.copyContents(theirs, PaperBackup.storeOf(zip, PASSWORD));
            assertEquals(theirs, here);
            assertEquals(theirDuc, here.get(0).memberId());
            Paper named = merged.services.database().write(r -> r.papers().insert(here.get(0).movedTo(merged.em)));
            assertArrayEquals(photo, merged.papers.content(named));
        }
    }

    @Test
    void aBackupWhosePaperIsLostFromTheDataFolderIsStillTakenAndSaysSo() throws IOException {
        try (PaperFixture f = new PaperFixture(folder.resolve("data"))) {
            f.papers.attach(f.duc, "anh", "anh.jpg", SamplePapers.photo(1), null, null, "x");
            for (Path file : files(folder.resolve("data").resolve(FolderPaperStore.FOLDER))) {
                Files.delete(file);
            }
            BackupResult result = f.services.backups().backupNow();
            assertEquals(2, result.papers().lost().size());
        }
    }

    @Test
    void aBackupFolderWithoutItsPapersCannotBeTakenForComplete() throws IOException {
        try (PaperFixture f = new PaperFixture(folder.resolve("data"))) {
            f.papers.attach(f.duc, "anh", "anh.jpg", SamplePapers.photo(1), null, null, "x");
            Path zip = f.services.backups().backupNow().file().file();
            Path alone = Files.createDirectories(folder.resolve("usb")).resolve(zip.getFileName());
            Files.copy(zip, alone);
            assertEquals(2, PaperBackup.check(alone, null, false).missing().size());
            f.services.backups().copyOut(f.services.backups().backupNow(), folder.resolve("usb").resolve("ban.zip"));
            assertTrue(PaperBackup.check(folder.resolve("usb").resolve("ban.zip"), null, true).complete());
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
