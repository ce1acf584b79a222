package vn.dangvu.logic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.backup.BackupService;
import vn.dangvu.logic.demo.DemoDataGenerator;
import vn.dangvu.logic.merge.MergeChoices;
import vn.dangvu.logic.merge.MergePlan;
import vn.dangvu.logic.merge.MergePreview;
import vn.dangvu.logic.merge.MergeProgress;
import vn.dangvu.logic.merge.MergeService;
import vn.dangvu.logic.merge.MergeSource;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.merge.BranchPlan;
import vn.dangvu.model.merge.FormerUnit;

/**
 * The merge figures of issue 17, each merge as the window does it (open the former unit's backup,
 * preview, the window's suggested branch names, uncertain pairs kept apart, apply: a verified
 * backup of the data here, the source in one transaction, the handover record):
 * <ul>
 * <li>{@code mergeThreeSourcesMs}: three former communes of demo members (3,000 each for the issue's
 * figure; seeds 1–3, so their branch names clash) merged in a row into a new, empty database;</li>
 * <li>{@code mergeBackupMs}: a backup of the benchmark's own database merged into a new, empty
 * database, once (it takes minutes at 100,000), with the most heap in use during it.</li>
 * </ul>
 */
final class MergeBench {

    static final int SOURCES = 3;
    /** The join date of the 2025 reorganisation (Quy định 294-QĐ/TW). */
    static final LocalDate JOINED_ON = LocalDate.of(2025, 7, 1);

    private final Benchmark.Measure measure;
    private final Consumer<String> progress;

    MergeBench(Benchmark.Measure measure, Consumer<String> progress) {
        this.measure = measure;
        this.progress = progress;
    }

    void threeSources(BenchTarget target, Path scratch, int sourceMembers, int runs, LocalDate today,
                      Map<String, Long> counts) {
        progress.accept("Chuẩn bị " + SOURCES + " đảng bộ cũ, mỗi đảng bộ " + sourceMembers + " người…");
        List<Path> backups = new ArrayList<>();
        for (int seed = 1; seed <= SOURCES; seed++) {
            backups.add(formerCommune(scratch.resolve("xa-cu-" + seed), seed, sourceMembers, today));
        }
        progress.accept("Đo gộp " + SOURCES + " đảng bộ cũ liên tiếp…");
        int[] received = {0};
        try (BenchTarget.EmptyRegisters empty = target.emptyRegisters(scratch.resolve("gop"), runs)) {
            measure.of("mergeThreeSourcesMs", () -> {
                received[0] = 0;
                try (Services services = services(empty.next())) {
                    for (int i = 0; i < backups.size(); i++) {
                        received[0] += merge(services.merge(), backups.get(i), "Đảng bộ xã cũ " + (i + 1));
                    }
                }
                return received[0];
            });
        }
        counts.put("mergeThreeSourcesPeople", (long) received[0]);
        counts.put("mergeSourceMembers", (long) sourceMembers);
    }

    /** The benchmark's database, backed up and merged into a new, empty one: timed once. */
    void wholeBackup(Database database, Path scratch, Map<String, Double> figures,
                     Map<String, Double> cpu, Map<String, Long> counts) {
        progress.accept("Sao lưu dữ liệu đo để gộp…");
        Path backup = scratch.resolve("sao-luu.zip");
        Path made = new BackupService(database).backupNow().file().file();
        move(made, backup);
        progress.accept("Đo gộp bản sao lưu " + counts.get("members") + " người vào dữ liệu trống…");
        System.gc();
        long start = System.nanoTime();
        long cpuStart = Benchmark.threadCpuNanos();
        int received;
        try (HeapPeak peak = HeapPeak.start();
             Services services = services(Database.open(scratch.resolve("gop-sao-luu")))) {
            received = merge(services.merge(), backup, "Đảng bộ xã cũ");
            figures.put("mergeBackupHeapPeakMb", (double) peak.mb());
        }
        figures.put("mergeBackupMs", (System.nanoTime() - start) / 100_000 / 10.0);
        cpu.put("mergeBackupMs", (Benchmark.threadCpuNanos() - cpuStart) / 100_000 / 10.0);
        counts.put("mergeBackupPeople", (long) received);
    }

    /** One source as the window merges it; returns the people it brought. */
    private static int merge(MergeService merge, Path backup, String unit) {
        try (MergeSource source = merge.open(backup, null)) {
            MergePreview preview = merge.preview(source, new FormerUnit(unit, JOINED_ON));
            MergeChoices choices = MergeChoices.NONE.withUncertainAll(false).withBranchMap(
                    BranchPlan.suggestions(preview.sourceBranches(), preview.hereBranches(), unit));
            MergePlan plan = merge.plan(preview, choices);
            if (!plan.ready()) {
                throw new IllegalStateException("Dữ liệu đo có vấn đề cần giải quyết: " + plan.problems());
            }
            merge.apply(source, plan, "bench", MergeProgress.NONE, () -> false);
            return preview.sourcePeople();
        }
    }

    private static Path formerCommune(Path folder, int seed, int members, LocalDate today) {
        try (Database database = Database.open(folder)) {
            new DemoDataGenerator(seed).fill(database, members, today);
            return new BackupService(database).backupNow().file().file();
        }
    }

    private static Services services(Database database) {
        return Services.on(database, null, Clock.systemDefaultZone(), "bench");
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
