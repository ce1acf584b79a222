package vn.dangvu.cli.stats;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.stats.StatisticsJson;
import vn.dangvu.logic.stats.StatisticsService;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.stats.StatisticsPeriod;
import vn.dangvu.model.stats.StatisticsReport;

/**
 * stats --from D --to D (--json | --xlsx FILE): the period statistics, computed once and
 * handed to each output asked for.
 */
public final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String usage() {
        return "stats --from YYYY-MM-DD --to YYYY-MM-DD (--json | --xlsx TỆP)   số liệu thống kê của kỳ";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--from", "--to", "--xlsx"), Set.of("--json"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        LocalDate from = date(options, "--from");
        LocalDate to = date(options, "--to");
        if (from.isAfter(to)) {
            throw new UsageException("Ngày --from " + DateFormats.format(from) + " sau ngày --to "
                    + DateFormats.format(to) + ".");
        }
        if (!options.has("--json") && !options.has("--xlsx")) {
            throw new UsageException("Chọn cách xuất số liệu: --json (hoặc --xlsx TỆP).");
        }
        if (!context.hasData()) {
            // Opening would create an empty database there and report zeros: a mistyped --data.
            context.err().println("Thư mục " + context.dataFolder() + " chưa có dữ liệu Đảng Vụ.");
            return CommandLine.FAILED;
        }
        try (Services services = context.openServices()) {
            StatisticsService statistics = services.statistics();
            StatisticsReport report = statistics.report(new StatisticsPeriod(from, to));
            if (options.has("--xlsx")) {
                java.nio.file.Path file = java.nio.file.Path.of(options.value("--xlsx"));
                statistics.writeWorkbook(report, file);
                context.err().println("Đã ghi báo cáo thống kê vào " + file.toAbsolutePath() + ".");
            }
            if (options.has("--json")) {
                printJson(context, report);
            }
        }
        return CommandLine.OK;
    }

    /** UTF-8 whatever the console's code page: other tools read this output. */
    private static void printJson(CommandContext context, StatisticsReport report) {
        byte[] json = StatisticsJson.render(report).getBytes(StandardCharsets.UTF_8);
        context.out().write(json, 0, json.length);
        context.out().flush();
    }

    private static LocalDate date(Options options, String name) {
        String value = options.required(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(name + " phải là ngày dạng YYYY-MM-DD (ví dụ 2024-12-31), không phải \""
                    + value + "\".");
        }
    }
}
