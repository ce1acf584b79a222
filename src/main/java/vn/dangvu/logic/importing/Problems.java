package vn.dangvu.logic.importing;

import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.importing.ImportProblem.Severity;

/** Collects the problems of one import in the order they are found. */
final class Problems {

    private final List<ImportProblem> all = new ArrayList<>();

    void error(String sheet, int row, ImportColumn column, String message) {
        all.add(new ImportProblem(Severity.ERROR, sheet, row, column == null ? null : column.label(), message));
    }

    void warn(String sheet, int row, ImportColumn column, String message) {
        all.add(new ImportProblem(Severity.WARNING, sheet, row, column == null ? null : column.label(), message));
    }

    List<ImportProblem> all() {
        return all;
    }
}
