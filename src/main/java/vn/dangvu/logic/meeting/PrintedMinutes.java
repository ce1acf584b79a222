package vn.dangvu.logic.meeting;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The files written for a biên bản.
 *
 * @param pdf  present when a PDF was asked for and LibreOffice made it
 * @param note why no PDF was made, when one was asked for; empty otherwise
 */
public record PrintedMinutes(Path docx, Optional<Path> pdf, String note) {
}
