package vn.dangvu.logic.importing;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.model.NumberFormats;

/** The text report of an import, the same on the command line and in the window. */
public final class ImportReport {

    private ImportReport() {
    }

    /** A heading, the counts, then what changes in existing records. */
    public static List<String> summary(String heading, ImportPlan plan) {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        plan.summary().lines().forEach(line -> lines.add("  " + line));
        if (!plan.updates().isEmpty()) {
            lines.add("Cập nhật (" + NumberFormats.count(plan.updates().size()) + "):");
            plan.updates().forEach(update -> lines.add("  " + update.format()));
        }
        return lines;
    }

    /** "Lỗi (3):" then one line per problem, "Sheet 'Đảng viên', dòng 7, cột 'Ngày sinh': …". */
    public static List<String> problems(String heading, List<ImportProblem> problems) {
        List<String> lines = new ArrayList<>();
        if (!problems.isEmpty()) {
            lines.add(heading + " (" + NumberFormats.count(problems.size()) + "):");
            problems.forEach(problem -> lines.add("  " + problem.format()));
        }
        return lines;
    }
}
