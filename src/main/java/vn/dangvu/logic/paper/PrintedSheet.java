package vn.dangvu.logic.paper;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The files written for a Phiếu đảng viên.
 *
 * @param pdf  present when a PDF was asked for and LibreOffice made it
 * @param note what the clerk should know: no photo on file, no PDF without LibreOffice; empty otherwise
 */
public record PrintedSheet(Path docx, Optional<Path> pdf, String note) {
}
