package vn.dangvu.cli.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.demo.DemoDataGenerator;
import vn.dangvu.logic.demo.DemoSummary;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.NumberFormats;

/** demo --members N: fills an empty database with realistic demo members. */
public final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo --members N [--seed S]      tạo N đảng viên mẫu trong cơ sở dữ liệu trống";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--members", "--seed"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        int members = options.positiveInt("--members");
        long seed = options.has("--seed") ? options.positiveInt("--seed") : 1L;
        long start = System.nanoTime();
        try (Database database = context.openDatabase()) {
            DemoSummary summary = new DemoDataGenerator(seed).fill(database, members, LocalDate.now());
            database.file().ifPresent(DataFile::compactAndClose); // a server manages its own files
            context.out().println("Đã tạo dữ liệu mẫu: " + NumberFormats.count(summary.people()) + " người ("
                    + NumberFormats.count(summary.inPartyStrength()) + " đảng viên trong đảng số), "
                    + NumberFormats.count(summary.branches()) + " chi bộ đang hoạt động, "
                    + NumberFormats.count(summary.events()) + " sự kiện, trong "
                    + NumberFormats.decimal((System.nanoTime() - start) / 1e9, 1, 1) + " giây.");
            return CommandLine.OK;
        }
    }
}
