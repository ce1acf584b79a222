package vn.dangvu.cli.paper;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.dangvu.cli.Command;
import vn.dangvu.cli.CommandContext;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.cli.Options;
import vn.dangvu.cli.UsageException;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.paper.PrintedSheet;
import vn.dangvu.model.Member;

/** dossier --member REF --out FILE.docx [--pdf]: prints the Phiếu đảng viên (Mẫu 2-HSĐV) with the photo. */
public final class DossierCommand implements Command {

    @Override
    public String name() {
        return "dossier";
    }

    @Override
    public String usage() {
        return "dossier --member SỐ_THẺ_HOẶC_CCCD --out TỆP.docx [--pdf]\n"
                + "      in Phiếu đảng viên (Mẫu 2-HSĐV) có ảnh; --pdf thêm bản PDF (cần LibreOffice)";
    }

    @Override
    public int run(CommandContext context, List<String> args) {
        Options options = Options.parse(args, Set.of("--member", "--out"), Set.of("--pdf"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("Không hiểu \"" + options.positional().get(0) + "\".");
        }
        String reference = options.required("--member");
        Path out = Path.of(options.required("--out"));
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw new UsageException("--out phải là tệp .docx, không phải \"" + out + "\".");
        }
        try (Services services = context.openServices()) {
            try {
                Member member = services.papers().findMember(reference);
                PrintedSheet printed = services.dossiers().printSheet(member.id(), out, options.has("--pdf"));
                context.out().println("Đã ghi Phiếu đảng viên của " + member.name().full() + ": "
                        + printed.docx().toAbsolutePath() + printed.pdf().map(p -> " và " + p.toAbsolutePath()).orElse("")
                        + ".");
                if (!printed.note().isEmpty()) {
                    context.out().println(printed.note());
                }
                return CommandLine.OK;
            } catch (RecordRejected e) {
                context.err().println(e.getMessage());
                return CommandLine.FAILED;
            }
        }
    }
}
