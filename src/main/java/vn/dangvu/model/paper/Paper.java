package vn.dangvu.model.paper;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One paper of a member's file: what it is, and where its bytes are (the content id, the hex
 * SHA-256 of the file, names them in the store; the same file added twice is kept once).
 *
 * @param id          null until stored
 * @param date        the paper's own date (of the decision, of the certificate), may be unknown
 * @param fileName    the name of the clerk's file it came from
 * @param pages       1 for an image, the page count of a PDF or a multi-page TIFF
 * @param thumbnailId the content id of its small picture
 */
public record Paper(Long id, long memberId, String typeCode, LocalDate date, String note, String contentId,
                    String fileName, PaperMedia media, long bytes, int pages, String thumbnailId, String addedBy,
                    LocalDateTime addedAt) {

    public static final int MAX_NOTE = 1000;
    public static final int MAX_FILE_NAME = 255;

    public Paper {
        Objects.requireNonNull(typeCode, "typeCode");
        Objects.requireNonNull(contentId, "contentId");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(thumbnailId, "thumbnailId");
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("Ghi chú dài quá " + MAX_NOTE + " ký tự.");
        }
        fileName = fileName == null || fileName.isBlank() ? "giay-to." + media.extension() : fileName.strip();
        if (fileName.length() > MAX_FILE_NAME) {
            fileName = fileName.substring(fileName.length() - MAX_FILE_NAME);
        }
        if (pages < 1) {
            throw new IllegalArgumentException("Giấy tờ phải có ít nhất một trang.");
        }
    }

    /** The same paper, not yet stored, under a member of another data (a merge of former units). */
    public Paper movedTo(long memberId) {
        return new Paper(null, memberId, typeCode, date, note, contentId, fileName, media, bytes, pages, thumbnailId,
                addedBy, null);
    }
}
