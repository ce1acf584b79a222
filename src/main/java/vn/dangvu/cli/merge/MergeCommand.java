package vn.dangvu.cli.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.RuleTable;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.merge.MergeChoices;
import vn.dangvu.logic.merge.MergePlan;
import vn.dangvu.logic.merge.MergeProgress;
import vn.dangvu.logic.merge.MergeRefused;
import vn.dangvu.logic.merge.MergeReport;
import vn.dangvu.logic.merge.MergeResult;
import vn.dangvu.logic.merge.MergeService;
import vn.dangvu.logic.merge.MergeSource;
import vn.dangvu.model.merge.FormerUnit;

/**
 * merge SOURCE --unit NAME --on YYYY-MM-DD [--branch-map MAP.csv] [--uncertain keep-apart|join]
 * [--password-file F] [--dry-run] [--json]: a former unit's workbook or backup merged into this
 * committee (issue 17). Exit 1, nothing written, while problems remain (also with --dry-run:
 * the plan is printed either way), uncertain pairs are undecided, or the source cannot be read.
 */
public final class MergeCommand implements Command {

    private static final String FROM = "Chi bộ cũ";
    private static final String TO = "Chi bộ mới";

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String usage() {
        return "merge TỆP --unit TÊN --on YYYY-MM-DD [--branch-map MAP.csv] [--uncertain keep-apart|join]"
                + " [--password-file F] [--dry-run] [--json]   gộp dữ liệu một đảng bộ cũ (.xlsx, .xls hoặc bản sao lưu .zip)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--unit", "--on", "--branch-map", "--uncertain", "--password-file"),
                Set.of("--dry-run", "--json"));
        if (options.positional().size() != 1) {
            throw new UsageException(options.positional().isEmpty() ? "Thiếu tệp nguồn cần gộp."
                    : "Mỗi lần chỉ gộp một nguồn; không hiểu \"" + options.positional().get(1) + "\".");
        }
        FormerUnit unit = unit(options);
        MergeChoices choices = MergeChoices.NONE.withUncertainAll(uncertain(options.value("--uncertain")));
        Path map = options.has("--branch-map") ? Path.of(options.value("--branch-map")) : null;
        Path passwordFile = options.has("--password-file") ? Path.of(options.value("--password-file")) : null;
        try {
            choices = map == null ? choices : choices.withBranchMap(branchMap(map));
            String password = passwordFile == null ? null : firstLine(passwordFile);
            try (Services services = context.openServices();
                 MergeSource source = services.merge().open(Path.of(options.positional().get(0)), password)) {
                return merge(context, services, source, unit, choices, options.has("--dry-run"), options.has("--json"));
            }
        } catch (MergeRefused e) {
            context.err().println(e.getMessage() + " Không có gì được ghi.");
            e.details().forEach(line -> context.err().println("  " + line));
            return CommandLine.FAILED;
        }
    }

    private static int merge(CommandContext context, Services services, MergeSource source, FormerUnit unit,
                             MergeChoices choices, boolean dryRun, boolean json) {
        MergeService merge = services.merge();
        MergePlan plan = merge.plan(merge.preview(source, unit), choices);
        if (!plan.ready() || dryRun) {
            print(context, json, plan, plan.ready() ? "Xem trước (--dry-run, chưa ghi gì): sẵn sàng gộp."
                    : "Chưa gộp: còn vấn đề cần giải quyết. Không có gì được ghi.");
            return plan.ready() ? CommandLine.OK : CommandLine.FAILED;
        }
        MergeResult result = merge.apply(source, plan, services.userName(), MergeProgress.NONE, () -> false);
        print(context, json, plan, "Đã gộp dữ liệu " + unit.name() + ".");
        if (!json) {
            result.backup().ifPresent(b -> context.out().println("  Sao lưu trước khi gộp: " + b.file().file()));
            context.out().println("  Biên bản tiếp nhận: " + result.handoverFile());
        }
        return CommandLine.OK;
    }

    private static void print(CommandContext context, boolean json, MergePlan plan, String heading) {
        if (json) {
            context.out().println(MergeReport.json(plan));
        } else {
            MergeReport.text(heading, plan).forEach(context.out()::println);
        }
    }

    private static FormerUnit unit(Options options) {
        LocalDate on = options.isoDate("--on");
        String name = options.required("--unit");
        if (on == null) {
            throw new UsageException("Thiếu tùy chọn --on.");
        }
        try {
            return new FormerUnit(name, on);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Boolean uncertain(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "join" -> Boolean.TRUE;
            case "keep-apart" -> Boolean.FALSE;
            default -> throw new UsageException("--uncertain phải là keep-apart hoặc join, không phải \"" + value + "\".");
        };
    }

    /** MAP.csv, UTF-8, header "Chi bộ cũ,Chi bộ mới": source branch → branch here. */
    private static Map<String, String> branchMap(Path file) {
        RuleTable table;
        try {
            table = RuleTable.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), FROM, TO);
        } catch (IOException e) {
            throw new MergeRefused("Không đọc được tệp chi bộ " + file + " (UTF-8): " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new MergeRefused(e.getMessage());
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (RuleTable.Row row : table.rows()) {
            String from = row.text(FROM).strip();
            String to = row.text(TO).strip();
            if (from.isEmpty() || to.isEmpty() || map.put(from, to) != null) {
                throw new MergeRefused(file + ": " + (from.isEmpty() || to.isEmpty()
                        ? "mỗi dòng phải có cả \"" + FROM + "\" và \"" + TO + "\"."
                        : "chi bộ \"" + from + "\" có hai dòng."));
            }
        }
        return map;
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } catch (IOException e) {
            throw new MergeRefused("Không đọc được tệp mật khẩu " + file + ".");
        }
    }
}
