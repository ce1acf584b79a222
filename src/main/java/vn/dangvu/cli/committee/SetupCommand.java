package vn.dangvu.cli.committee;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.Services;
import vn.dangvu.model.Committee;
import vn.dangvu.model.DateFormats;

/**
 * setup --committee NAME --place PLACE [--superior NAME] [--from YYYY-MM-DD]: the committee's name,
 * place name for document dates and superior, set without the window (first start) or, with
 * --from, recorded as a change valid from that day (DOMAIN.md §17).
 */
public final class SetupCommand implements Command {

    @Override
    public String name() {
        return "setup";
    }

    @Override
    public String usage() {
        return "setup --committee TÊN --place ĐỊA_DANH [--superior TÊN] [--from YYYY-MM-DD]"
                + "   thông tin Đảng bộ (--from: thay đổi có hiệu lực từ ngày đó)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--committee", "--place", "--superior", "--from"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        LocalDate from = options.isoDate("--from");
        Committee committee;
        try {
            committee = new Committee(options.required("--committee"), options.required("--place"),
                    options.value("--superior"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        try (Services services = context.openServices()) {
            services.committee().change(committee, from, services.userName());
        }
        context.out().println((from == null ? "Đã ghi thông tin Đảng bộ: " : "Đã ghi thông tin Đảng bộ từ ngày "
                + DateFormats.format(from) + ": ") + committee.name() + ", " + committee.placeName()
                + (committee.superiorName() == null ? "" : ", cấp trên " + committee.superiorName()) + ".");
        return CommandLine.OK;
    }
}
