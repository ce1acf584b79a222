package vn.dangvu.cli.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.bench.BenchData;
import vn.dangvu.logic.bench.BenchReport;
import vn.dangvu.logic.bench.BenchTarget;
import vn.dangvu.logic.bench.Benchmark;
import vn.dangvu.logic.export.JsonWriter;

/**
 * bench --members N [--runs R] [--json]: builds (or reuses) a demo database of N members in the
 * data folder, or on the server of --db-url, and prints what each measured piece of work took
 * (docs/benchmarks.md), with the database engine and version.
 */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String usage() {
        return "bench --members N [--runs R] [--warmups W] [--import-rows R] [--papers F] [--merge M] [--json]"
                + "   đo tốc độ trên dữ liệu mẫu N người (tạo nếu chưa có);\n"
                + "      --papers F: thêm, mở và sao lưu giấy tờ khi hồ sơ có F tệp giấy tờ;\n"
                + "      --merge M: gộp 3 đảng bộ cũ M người liên tiếp, và gộp bản sao lưu của dữ liệu đo";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--members", "--runs", "--warmups", "--import-rows", "--papers",
                "--merge"),
                Set.of("--json"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        int members = options.positiveInt("--members");
        int runs = options.has("--runs") ? options.positiveInt("--runs") : Benchmark.RUNS;
        int warmups = options.has("--warmups") ? options.nonNegativeInt("--warmups") : Benchmark.WARMUPS;
        int importRows = options.has("--import-rows") ? options.positiveInt("--import-rows") : Benchmark.IMPORT_ROWS;
        int papers = options.has("--papers") ? options.positiveInt("--papers") : 0;
        int merge = options.has("--merge") ? options.positiveInt("--merge") : 0;
        LocalDate today = LocalDate.now();
        BenchTarget target = new BenchTarget(context.dataFolder(), context.server());
        context.err().println("Chuẩn bị dữ liệu mẫu " + members + " người trong "
                + (target.server() == null ? context.dataFolder() : target.server()) + "…");
        boolean built = BenchData.prepare(target, members, today);
        context.err().println(built ? "Đã tạo dữ liệu mẫu." : "Dùng lại dữ liệu mẫu đã có.");
        BenchReport report = new Benchmark(runs, warmups, importRows, merge, context.err()::println).run(target, today, papers);
        String text = options.has("--json") ? json(report) : text(report);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        context.out().write(bytes, 0, bytes.length);
        context.out().flush();
        return CommandLine.OK;
    }

    /** One JSON object: counts, milliseconds and megabytes, the same figures in CPU time, then notes. */
    static String json(BenchReport report) {
        JsonWriter json = new JsonWriter().beginObject();
        report.counts().forEach((name, value) -> json.name(name).value(value));
        report.figures().forEach((name, value) -> json.name(name).value(value));
        json.name("cpuMs").beginObjectOnOneLine();
        report.cpuMs().forEach((name, value) -> json.name(name).value(value));
        json.endObject();
        report.notes().forEach((name, value) -> json.name(name).value(value));
        return json.endObject() + "\n";
    }

    private static String text(BenchReport report) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> figure : report.figures().entrySet()) {
            out.append(String.format("%-28s %10.1f%n", figure.getKey(), figure.getValue()));
        }
        report.cpuMs().forEach((name, value) -> out.append(String.format("%-28s %10.1f (CPU)%n", name, value)));
        report.counts().forEach((name, value) -> out.append(String.format("%-28s %,10d%n", name, value)));
        report.notes().forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        return out.toString();
    }
}
