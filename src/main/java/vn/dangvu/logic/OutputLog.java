package vn.dangvu.logic;

import java.nio.file.Path;
import java.util.List;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.history.ChangeKind;

/** Exports and prints are lines of the change log too: who took which document out, and where to. */
public final class OutputLog {

    private OutputLog() {
    }

    /** After an Excel file was written: "Xuất Excel: Danh sách đảng viên (25 người) — tệp …". */
    public static void exported(Database database, String what, Path file) {
        record(database, ChangeKind.EXPORTED, "Xuất Excel: " + what, file);
    }

    /** After a document to print was written: "In: Biên bản sinh hoạt chi bộ … — tệp …". */
    public static void printed(Database database, String what, Path file) {
        record(database, ChangeKind.PRINTED, "In: " + what, file);
    }

    private static void record(Database database, ChangeKind kind, String what, Path file) {
        database.write(r -> r.changes().record(kind, null, null, what + " — tệp " + file.toAbsolutePath(), List.of()));
    }
}
