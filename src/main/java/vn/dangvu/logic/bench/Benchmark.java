package vn.dangvu.logic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import vn.dangvu.logic.importing.ImportPlan;
import vn.dangvu.logic.importing.ImportProgress;
import vn.dangvu.logic.importing.MemberImportService;
import vn.dangvu.logic.importing.WorkbookReader;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.register.RegisterFilter;
import vn.dangvu.model.register.RegisterRow;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;

/**
 * The benchmark harness (issue 9): each figure is the median of several runs after warm-up
 * runs, in one JVM, with plain System.nanoTime. The work measured is the work the screens and
 * commands do, through the same services; each floor is the same work by the simplest SQL or
 * POI code on the same data.
 */
public final class Benchmark {

    /** Lines the register shows at once (a 760-pixel window shows about 25; a page is more). */
    public static final int PAGE = 50;
    public static final int IMPORT_ROWS = 10_000;
    public static final int RUNS = 5;
    public static final int WARMUPS = 2;
    /** Typed into the register's search one character at a time; the slowest keystroke counts. */
    static final String TYPED = "nguyen van duc";

    private final int runs;
    private final int warmups;
    private final int importRows;
    /** Members of each former commune in the merge figures (issue 17); 0 measures no merge. */
    private final int mergeSourceMembers;
    private final Consumer<String> progress;
    /** The measuring thread's CPU time per figure: fairer than the wall clock on a busy machine. */
    private final Map<String, Double> cpu = new LinkedHashMap<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * @param importRows rows of the generated workbook ({@link #IMPORT_ROWS} for the figures; fewer in tests)
     * @param mergeSourceMembers members of each of the three former communes merged (3,000 for issue 17's
     *                           figure); 0 measures no merge
     * @param progress   one Vietnamese line per step, for whoever waits (standard error)
     */
    public Benchmark(int runs, int warmups, int importRows, int mergeSourceMembers, Consumer<String> progress) {
        this.runs = runs;
        this.warmups = warmups;
        this.importRows = importRows;
        this.mergeSourceMembers = mergeSourceMembers;
        this.progress = progress;
    }

    /**
     * Measures on the database already prepared ({@link BenchData#prepare}).
     *
     * @param paperFiles papers on file for the daily backup figure (issue 19); 0 measures no papers
     */
    public BenchReport run(BenchTarget target, LocalDate today, int paperFiles) {
        Map<String, Double> figures = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        String engine;
        try (Database database = target.open()) {
            engine = database.engine();
            counts.put("members", (long) database.read(r -> r.bench().memberCount()));
            counts.put("events", (long) database.read(r -> r.bench().eventCount()));
            register(database, today, figures, counts);
            statistics(database, today.getYear() - 1, figures);
            if (paperFiles > 0) {
                new PaperBench(runs, progress).run(database, target.folder(), paperFiles,
                        (name, work) -> measure(figures, name, work), figures, cpu, counts);
            }
            if (mergeSourceMembers > 0 && target.server() == null) {
                inScratch(scratch -> merges(figures).wholeBackup(database, scratch, figures, cpu, counts));
            }
        }
        inScratch(folder -> importing(target, folder, today.getYear() - 1, figures, counts));
        if (mergeSourceMembers > 0) {
            inScratch(scratch -> merges(figures).threeSources(target, scratch, mergeSourceMembers, warmups + runs, today,
                    counts));
        }
        counts.put("runs", (long) runs);
        counts.put("warmups", (long) warmups);
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("database", engine);
        notes.put("today", today.toString());
        notes.put("machine", Runtime.getRuntime().availableProcessors() + " CPU, Java " + Runtime.version()
                + ", heap tối đa " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        notes.put("data", "dữ liệu mẫu: lịch sử đảng viên, xếp loại " + BenchData.RATING_YEARS
                + " năm, sinh hoạt chi bộ một năm; không có sổ đảng phí");
        return new BenchReport(figures, cpu, counts, notes);
    }

    private void register(Database database, LocalDate today, Map<String, Double> figures, Map<String, Long> counts) {
        RegisterService register = new RegisterService(database);
        progress.accept("Đo tải trang đầu sổ đảng viên…");
        measure(figures, "registerLoadMs", () -> register.firstPage(today, PAGE).size());
        measure(figures, "registerLoadFloorMs", () -> database.read(r -> r.bench().firstPage(PAGE)));
        progress.accept("Đo tải cả sổ đảng viên…");
        measure(figures, "registerFullLoadMs", () -> allLines(register.loadRegister(), today).size());

        List<RegisterRow> rows = allLines(register.loadRegister(), today);
        counts.put("inStrength", rows.stream().filter(RegisterFilter.ALL_IN_STRENGTH).count());
        progress.accept("Đo tìm kiếm khi gõ…");
        figures.put("searchMs", slowestKeystroke(rows));
        figures.put("heapAfterLoadMb", heapMb());
        // Kept reachable until the heap was measured: what the register screen holds.
        counts.put("registerLines", (long) rows.size());
    }

    /** What the register screen derives from the whole register: every line on the day. */
    static List<RegisterRow> allLines(List<RegisterEntry> ordered, LocalDate today) {
        List<RegisterRow> all = new ArrayList<>(ordered.size());
        for (RegisterEntry entry : ordered) {
            all.add(entry.on(today));
        }
        return all;
    }

    /**
     * The register's own filter over every line, for each prefix of {@link #TYPED} as the clerk
     * types it: the slowest keystroke of each run, the median over runs.
     */
    private double slowestKeystroke(List<RegisterRow> rows) {
        long[] worst = new long[runs];
        for (int run = -warmups; run < runs; run++) {
            long slowest = 0;
            for (int i = 1; i <= TYPED.length(); i++) {
                long start = System.nanoTime();
                matching(rows, TYPED.substring(0, i));
                slowest = Math.max(slowest, System.nanoTime() - start);
            }
            if (run >= 0) {
                worst[run] = slowest;
            }
        }
        return millis(worst);
    }

    static List<RegisterRow> matching(List<RegisterRow> rows, String query) {
        RegisterFilter filter = RegisterFilter.ALL_IN_STRENGTH.withQuery(query);
        List<String> words = filter.queryWords();
        List<RegisterRow> matched = new ArrayList<>();
        for (RegisterRow row : rows) {
            if (RegisterFilter.matchesQuery(row.entry(), words) && filter.matchesFilters(row)) {
                matched.add(row);
            }
        }
        return matched;
    }

    private void statistics(Database database, int year, Map<String, Double> figures) {
        StatisticsService statistics = new StatisticsService(database);
        StatisticsPeriod period = StatisticsPeriod.year(year);
        progress.accept("Đo số liệu thống kê năm " + year + "…");
        measure(figures, "statsYearMs", () -> statistics.report(period).branches().size());
        int[] day = {0};
        // A different day each run: H2 would answer a repeated query from its result cache.
        measure(figures, "statsYearFloorMs", () -> database.read(r -> r.bench().inStrengthOn(
                period.to().minusDays(day[0]++))));
        progress.accept("Đo xếp loại đảng viên " + BenchData.RATING_YEARS + " năm…");
        measure(figures, "ratingsDistributionMs", () -> RatingsDistribution.tenYears(database, year).hashCode());
        measure(figures, "ratingsDistributionFloorMs", () -> database.read(r -> r.bench().ratingCounts(
                year - BenchData.RATING_YEARS + 1, year)));
        progress.accept("Đo xuất Excel số liệu thống kê…");
        StatisticsReport report = statistics.report(period);
        Path file = tempFile("thong-ke", ".xlsx");
        try {
            measure(figures, "exportStatsXlsxMs", () -> {
                statistics.writeWorkbook(report, file);
                return 1;
            });
        } finally {
            delete(file);
        }
    }

    /** The workbook is imported into a new, empty database each run; the floor merely reads it. */
    private void importing(BenchTarget target, Path folder, int ratingYear, Map<String, Double> figures,
                           Map<String, Long> counts) {
        progress.accept("Đo nhập " + importRows + " dòng từ Excel…");
        Path workbook = ImportWorkbook.write(folder.resolve("nhap.xlsx"), importRows, ratingYear);
        try (BenchTarget.EmptyRegisters empty = target.emptyRegisters(folder, warmups + runs)) {
            measure(figures, "importMs", () -> importInto(empty.next(), workbook));
        }
        measure(figures, "importFloorMs", () -> WorkbookReader.read(workbook).sheets().size());
        counts.put("importRows", (long) importRows);
    }

    private MergeBench merges(Map<String, Double> figures) {
        return new MergeBench((name, work) -> measure(figures, name, work), progress);
    }

    /** Preview and apply, as the import screen does them. */
    private static int importInto(Database database, Path workbook) {
        MemberImportService importer = new MemberImportService(database);
        ImportPlan plan = importer.preview(workbook);
        importer.apply(plan, "bench", ImportProgress.NONE, () -> false);
        return plan.errors().size();
    }

    /** Measures a piece of work under a figure's name. */
    @FunctionalInterface
    interface Measure {
        void of(String name, IntSupplier work);
    }

    static long threadCpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** Warm-up runs, then the median of the timed runs (wall clock and CPU), in milliseconds to 0.1. */
    private void measure(Map<String, Double> figures, String name, IntSupplier work) {
        int sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += work.getAsInt();
        }
        long[] nanos = new long[runs];
        long[] cpuNanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            sink += work.getAsInt();
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }
        figures.put(name, millis(nanos));
        cpu.put(name, millis(cpuNanos));
        if (sink == Integer.MIN_VALUE) {
            progress.accept(""); // keeps the results alive so the JIT cannot drop the work
        }
    }

    /** The median, in milliseconds to 0.1. */
    private static double millis(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        long middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return Math.round(middle / 100_000.0) / 10.0;
    }

    private static double heapMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Math.round((runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0));
    }

    /** Work in a temporary folder, deleted after it. */
    private static void inScratch(Consumer<Path> work) {
        Path scratch = tempFolder();
        try {
            work.accept(scratch);
        } finally {
            delete(scratch);
        }
    }

    private static Path tempFolder() {
        try {
            return Files.createTempDirectory("dangvu-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempFile(String prefix, String suffix) {
        try {
            return Files.createTempFile(prefix, suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary file left behind is not worth failing the measurement for.
        }
    }
}
