package vn.dangvu.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every dialog of the app goes through here, so screens stay testable and consistent. */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    Optional<String> askText(String title, String label, String initial);

    Optional<LocalDate> askDate(String title, String label, LocalDate initial);

    <T> Optional<T> choose(String title, String label, List<T> choices, T initial);

    /**
     * Asks for a file to open.
     *
     * @param description what the files are, "Sổ làm việc Excel"
     * @param extensions  the accepted extensions without the dot, "xlsx"
     */
    Optional<Path> chooseFile(String title, String description, List<String> extensions);

    /**
     * Asks where to save a file. The answer always ends with {@code extension} (".xlsx"), added
     * when the clerk did not type it; empty when cancelled.
     */
    Optional<Path> askSaveFile(String title, String suggestedName, String typeName, String extension);

    /** Asks for a password, hidden as it is typed; empty when cancelled. */
    default Optional<String> askPassword(String title, String label) {
        return askText(title, label, "");
    }

    /** Asks for a folder (the second backup folder: a USB stick); empty when cancelled. */
    default Optional<Path> chooseFolder(String title) {
        return askText(title, "Thư mục", "").map(Path::of);
    }

    /** Opens a file with the program the system uses for it (a scan in the photo viewer, a PDF in its reader). */
    default void openWithSystem(Path file) {
        showInfo("Mở tệp", "Tệp ở " + file);
    }

    /** A user-facing message for a failure: the Vietnamese message of our own exceptions. */
    static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? "Lỗi không xác định: " + error : message;
    }
}
