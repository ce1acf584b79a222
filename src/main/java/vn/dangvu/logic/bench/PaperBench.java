package vn.dangvu.logic.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import vn.dangvu.logic.RuleTables;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.paper.FolderPaperStore;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.logic.paper.PaperStores;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.paper.PaperMedia;

/**
 * The papers' figures (issue 19): adding a 5 MB scan, a member page of 20 papers, and the daily
 * backup of a data folder holding N paper files (300 KB each, as the issue counts) when 50 MB are
 * new. The N files already backed up are synthetic: sparse files under random content ids, with
 * the last backup's copies as hard links, because the daily backup never reads a file it already
 * holds (it compares presence and size); the 50 MB new are real scans, copied and checked.
 */
final class PaperBench {

    static final int SCAN_BYTES = 300 * 1024;
    static final int NEW_BYTES = 50 * 1024 * 1024;
    private static final String MARK = "bench-tong-hop";

    private final int runs;
    private final Consumer<String> progress;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Random random = new Random(19);

    PaperBench(int runs, Consumer<String> progress) {
        this.runs = runs;
        this.progress = progress;
    }

    void run(Database database, Path folder, int paperFiles, Benchmark.Measure measure, Map<String, Double> figures,
             Map<String, Double> cpu, Map<String, Long> counts) {
        PaperService papers = new PaperService(database, PaperStores.of(database), RuleTables.paperTypes(null),
                RuleTables.paperLimits(null), Clock.systemDefaultZone());
        List<Long> members = database.read(r -> r.register().loadAll()).stream().map(e -> e.id()).toList();
        long member = members.get(0);
        progress.accept("Đo thêm bản quét 5 MB…");
        byte[] scan = scanOf(5 * 1024 * 1024);
        counts.put("paperScanBytes", (long) scan.length);
        int[] run = {0};
        measure.of("paperAttach5MbMs", () -> papers.attach(member, "ly-lich", "quet.jpg", distinct(scan, run[0]++),
                null, null, "bench").pages());
        progress.accept("Đo trang hồ sơ có 20 giấy tờ…");
        long page = members.get(1);
        while (papers.papersOf(page).size() < 20) {
            papers.attach(page, "phieu-bo-sung", "bo-sung.jpg", scanOf(SCAN_BYTES), null, null, "bench");
        }
        measure.of("paperPage20Ms", () -> papers.papersOf(page).stream().mapToInt(p -> decoded(papers.thumbnail(p)))
                .sum());
        progress.accept("Chuẩn bị " + paperFiles + " tệp giấy tờ đã sao lưu…");
        synthetic(database, folder, members, paperFiles);
        BackupService backups = new BackupService(database);
        backups.backupNow(); // the last backup: the database and every synthetic file already there
        progress.accept("Đo sao lưu hằng ngày khi có 50 MB giấy tờ mới…");
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        long copied = 0;
        for (int i = 0; i < runs; i++) {
            for (long added = 0; added < NEW_BYTES; added += SCAN_BYTES) {
                papers.attach(members.get(2 + random.nextInt(members.size() - 2)), "phieu-bo-sung", "moi.jpg",
                        scanOf(SCAN_BYTES), null, null, "bench");
            }
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            copied = backups.backupNow().papers().copiedBytes();
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        figures.put("paperDailyBackupMs", median(nanos));
        cpu.put("paperDailyBackupMs", median(cpuNanos));
        counts.put("paperFiles", (long) database.read(r -> r.papers().contentIds()).size());
        counts.put("paperBackupNewBytes", copied);
        counts.put("paperLogicalBytes", database.read(r -> r.papers().all()).stream().mapToLong(Paper::bytes).sum());
        counts.put("dataFileBytes", size(folder.resolve(DataFile.FILE_NAME + ".mv.db")));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return Math.round(sorted[sorted.length / 2] / 100_000.0) / 10.0;
    }

    /**
     * N papers of 300 KB (and their thumbnails of 10 KB) on file and in the last backup, once per
     * folder. Their bytes are holes, so they are never read: not by the daily backup, not by the bench.
     */
    private void synthetic(Database database, Path folder, List<Long> members, int files) {
        boolean done = database.read(r -> r.papers().all()).stream().anyMatch(p -> MARK.equals(p.addedBy()));
        if (done) {
            return;
        }
        Path live = folder.resolve(FolderPaperStore.FOLDER);
        Path backup = folder.resolve(DataFile.BACKUP_FOLDER).resolve(FolderPaperStore.FOLDER);
        List<Paper> rows = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            String content = randomId();
            String thumbnail = randomId();
            sparse(live, backup, content, SCAN_BYTES);
            sparse(live, backup, thumbnail, 10 * 1024);
            // not the first two members: their pages are measured with real scans
            rows.add(new Paper(null, members.get(2 + i % (members.size() - 2)), "tu-kiem-diem-hang-nam", null, null, content,
                    "tu-kiem-diem.jpg", PaperMedia.JPEG, SCAN_BYTES, 1, thumbnail, MARK, null));
            if (rows.size() == 1000 || i == files - 1) {
                List<Paper> chunk = List.copyOf(rows);
                database.write(r -> {
                    r.papers().insertAll(chunk);
                    return null;
                });
                rows.clear();
            }
        }
    }

    private String randomId() {
        byte[] id = new byte[32];
        random.nextBytes(id);
        return HexFormat.of().formatHex(id);
    }

    /** A file of that size taking no disk space, and the same file in the backup folder (a hard link). */
    private static void sparse(Path live, Path backup, String name, long bytes) {
        try {
            Path file = live.resolve(name.substring(0, 2)).resolve(name);
            Files.createDirectories(file.getParent());
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(bytes);
            }
            Path copy = backup.resolve(name.substring(0, 2)).resolve(name);
            Files.createDirectories(copy.getParent());
            Files.createLink(copy, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scanned page as JPEG of about the size asked: grey noise on white compresses like a real scan. */
    byte[] scanOf(int bytes) {
        int side = (int) Math.sqrt(bytes * 2.0); // this noise takes about 0.37 byte a pixel as JPEG (measured)
        BufferedImage image = new BufferedImage(side, side * 4 / 3, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int v = 255 - random.nextInt(90);
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same scan with a JPEG comment naming the run: another file, so it is stored, not deduplicated. */
    private static byte[] distinct(byte[] jpeg, int run) {
        byte[] note = ("lan " + run).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] out = new byte[jpeg.length + 4 + note.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = 0;
        out[5] = (byte) (note.length + 2);
        System.arraycopy(note, 0, out, 6, note.length);
        System.arraycopy(jpeg, 2, out, 6 + note.length, jpeg.length - 2);
        return out;
    }

    /** What the member page does with a thumbnail (JavaFX decodes it there; ImageIO stands for it here). */
    private static int decoded(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png)).getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
