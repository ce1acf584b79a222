package vn.dangvu.ui;

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
     * Where to save a file, empty when cancelled.
     *
     * @param suggestedName file name offered, e.g. "bien-ban-2026-03.docx"
     * @param description   what the file type is called, e.g. "Tài liệu Word"
     * @param extension     without the dot, e.g. "docx"
     */
    Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String description, String extension);

    /** A user-facing message for a failure: the Vietnamese message of our own exceptions. */
    static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? "Lỗi không xác định: " + error : message;
    }
}
