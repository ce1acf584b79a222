package vn.dangvu.cli.rating;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.rating.RatingService;
import vn.dangvu.model.rating.RatingDistribution;

/** ratings --from-year Y1 --to-year Y2 --xlsx FILE: the rating distribution workbook (DOMAIN.md §9). */
public final class RatingsCommand implements Command {

    @Override
    public String name() {
        return "ratings";
    }

    @Override
    public String usage() {
        return "ratings --from-year NĂM --to-year NĂM --xlsx TỆP   bảng tổng hợp xếp loại chất lượng qua các năm";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--from-year", "--to-year", "--xlsx"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        int from = year(options, "--from-year");
        int to = year(options, "--to-year");
        if (from > to) {
            throw new UsageException("--from-year " + from + " sau --to-year " + to + ".");
        }
        Path file = Path.of(options.required("--xlsx"));
        if (!context.hasData()) {
            context.err().println("Thư mục " + context.dataFolder() + " chưa có dữ liệu Đảng Vụ.");
            return CommandLine.FAILED;
        }
        try (Services services = context.openServices()) {
            RatingService ratings = services.ratings();
            RatingDistribution distribution = ratings.distribution(from, to);
            ratings.export(distribution, file);
            context.err().println("Đã ghi bảng xếp loại " + from + "–" + to + " vào " + file.toAbsolutePath() + ".");
        }
        return CommandLine.OK;
    }

    private static int year(Options options, String name) {
        String value = options.required(name);
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1930 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UsageException(name + " phải là một năm (ví dụ 2024), không phải \"" + value + "\".");
    }
}
