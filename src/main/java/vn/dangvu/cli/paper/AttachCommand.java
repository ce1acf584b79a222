package vn.dangvu.cli.paper;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.paper.PaperService;
import vn.dangvu.model.Member;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.paper.PaperLimits;

/**
 * attach --member REF --type TYPE FILE [--date YYYY-MM-DD]: adds a scan or photo to a member's
 * file. Exit 0 stored; 1 refused with the reason (unknown member or type, bad or too large file).
 */
public final class AttachCommand implements Command {

    @Override
    public String name() {
        return "attach";
    }

    @Override
    public String usage() {
        return "attach --member SỐ_THẺ_HOẶC_CCCD --type MÃ TỆP [--date YYYY-MM-DD]\n"
                + "      thêm ảnh (mã anh) hoặc bản quét (JPEG, PNG, TIFF, PDF) vào hồ sơ đảng viên;\n"
                + "      mã loại giấy tờ theo rules/ho-so-dang-vien.csv";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--member", "--type", "--date"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException(options.positional().isEmpty() ? "Thiếu tệp cần thêm."
                    : "Chỉ thêm một tệp mỗi lần, không phải " + options.positional().size() + " tệp.");
        }
        String reference = options.required("--member");
        String type = options.required("--type");
        LocalDate date = options.has("--date") ? isoDate(options.value("--date")) : null;
        Path file = Path.of(options.positional().get(0));
        try (Services services = context.openServices()) {
            PaperService papers = services.papers();
            try {
                Member member = papers.findMember(reference);
                Paper paper = papers.attach(member.id(), type, file, date, null, services.userName());
                context.out().println("Đã thêm vào hồ sơ " + member.name().full() + ": "
                        + papers.types().name(paper.typeCode()) + " (" + paper.media().label() + ", " + paper.pages()
                        + " trang, " + PaperLimits.size(paper.bytes()) + ").");
                return CommandLine.OK;
            } catch (RecordRejected e) {
                context.err().println(e.getMessage());
                return CommandLine.FAILED;
            }
        }
    }

    private static LocalDate isoDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--date phải là một ngày dạng YYYY-MM-DD, không phải \"" + text + "\".");
        }
    }
}
