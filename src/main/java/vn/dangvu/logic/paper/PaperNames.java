package vn.dangvu.logic.paper;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.dangvu.model.paper.Paper;

/** File names for copies of papers outside the store: ASCII, so every viewer and zip tool takes them. */
final class PaperNames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private PaperNames() {
    }

    /** "quyet-dinh-ket-nap-2025-02-03-17.pdf": the type, the date, the paper's number. */
    static String forViewer(Paper paper) {
        return paper.typeCode() + (paper.date() == null ? "" : "-" + DAY.format(paper.date())) + "-" + paper.id()
                + "." + paper.media().extension();
    }

    /** "03-quyet-dinh-ket-nap-2025-02-03.pdf" in a transfer package, numbered in the order of the file. */
    static String inPackage(int position, Paper paper) {
        return String.format(Locale.ROOT, "%02d-%s%s.%s", position, paper.typeCode(),
                paper.date() == null ? "" : "-" + DAY.format(paper.date()), paper.media().extension());
    }
}
