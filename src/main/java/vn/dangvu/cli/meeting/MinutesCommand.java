package vn.dangvu.cli.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.meeting.MeetingService;
import vn.dangvu.logic.meeting.PrintedMinutes;
import vn.dangvu.model.Branch;
import vn.dangvu.model.meeting.Meeting;
import vn.dangvu.model.meeting.Minutes;

/**
 * minutes --branch NAME --month YYYY-MM --out FILE.docx [--blank] [--thematic] [--pdf]: prints a
 * branch's biên bản sinh hoạt, blank for hand filling or filled from the recorded meeting.
 */
public final class MinutesCommand implements Command {

    @Override
    public String name() {
        return "minutes";
    }

    @Override
    public String usage() {
        return "minutes --branch \"TÊN CHI BỘ\" --month YYYY-MM --out TỆP.docx [--blank] [--thematic] [--pdf]\n"
                + "      in biên bản sinh hoạt chi bộ: --blank mẫu trống để ghi tay (không có: điền từ biên bản đã ghi);\n"
                + "      --thematic buổi chuyên đề; --pdf thêm bản PDF (cần LibreOffice)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--branch", "--month", "--out"),
                Set.of("--blank", "--thematic", "--pdf"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        String branchName = options.required("--branch");
        YearMonth month = month(options.required("--month"));
        Path out = Path.of(options.required("--out"));
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new UsageException("--out phải là tệp .docx, không phải \"" + out + "\".");
        }
        boolean blank = options.has("--blank");
        boolean thematic = options.has("--thematic");
        try (Services services = context.openServices()) {
            MeetingService meetings = services.meetings();
            Branch branch;
            try {
                branch = meetings.findBranch(branchName);
            } catch (RecordRejected e) {
                context.err().println(e.getMessage());
                return CommandLine.FAILED;
            }
            Minutes minutes;
            if (blank) {
                minutes = meetings.blankMinutes(branch.id(), month, thematic, LocalDate.now());
            } else {
                Optional<Meeting> meeting = meetings.meetingOfMonth(branch.id(), month, thematic);
                if (meeting.isEmpty()) {
                    context.err().println(branch.name() + " chưa có biên bản sinh hoạt "
                            + (thematic ? "chuyên đề" : "thường kỳ") + " tháng " + month.getMonthValue() + "/"
                            + month.getYear() + " trong dữ liệu. Dùng --blank để in mẫu trống ghi tay.");
                    return CommandLine.FAILED;
                }
                minutes = meetings.minutesOf(meeting.get());
            }
            PrintedMinutes printed = meetings.print(minutes, out);
            if (options.has("--pdf")) {
                printed = MeetingService.addPdf(printed).join();
            }
            context.out().println("Đã ghi " + printed.docx().toAbsolutePath()
                    + printed.pdf().map(p -> " và " + p.toAbsolutePath()).orElse("") + ".");
            if (!printed.note().isEmpty()) {
                context.out().println(printed.note());
            }
            return CommandLine.OK;
        }
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--month phải có dạng YYYY-MM (ví dụ 2026-03), không phải \"" + text + "\".");
        }
    }
}
