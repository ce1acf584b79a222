package vn.dangvu.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.dangvu.model.Committee;

/**
 * An Excel workbook of official tables (DOMAIN.md §14–15): one sheet per table, each with the
 * committee's heading, a title, the table and the signature blocks. Rows are streamed to a
 * temporary file as they are written (a 100,000-member list needs little memory), so each sheet
 * is written from top to bottom, once.
 *
 * <pre>
 * try (OfficialWorkbook book = new OfficialWorkbook(committee, LocalDate.now())) {
 *     TableSheet sheet = book.addSheet("Biểu 1", Orientation.PORTRAIT, 6, 40, 12);
 *     sheet.title("BIỂU 1 ...").subtitle("...").header(new String[] {"STT", "Chỉ tiêu", "Số lượng"});
 *     sheet.row().number(1).text("Đảng viên đầu kỳ").number(8341);
 *     sheet.totalRow("Cộng", 2);
 *     sheet.signatures();
 *     book.save(file);
 * }
 * </pre>
 */
public final class OfficialWorkbook implements AutoCloseable {

    /** Rows kept in memory per sheet; the rest are already on disk. Tables are written top down. */
    private static final int ROWS_IN_MEMORY = 200;

    static {
        // POI logs through the Log4j API; without a logging library that would print a warning on
        // the console at the first export. The API's own simple logger shows errors only.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SheetStyles styles;
    private final DocumentHeading heading;

    /** @param documentDate the day on the place-and-date line (the day the document is signed) */
    public OfficialWorkbook(Committee committee, LocalDate documentDate) {
        styles = new SheetStyles(workbook);
        heading = DocumentHeading.of(committee, documentDate);
    }

    /**
     * A new sheet with the document heading already written.
     *
     * @param name         the sheet tab (shortened to Excel's 31 characters if needed)
     * @param columnWidths one per table column, in characters of 12 pt Times New Roman
     */
    public TableSheet addSheet(String name, Orientation orientation, double... columnWidths) {
        return new TableSheet(workbook.createSheet(WorkbookUtil.createSafeSheetName(name)), styles, heading,
                orientation, columnWidths);
    }

    public DocumentHeading heading() {
        return heading;
    }

    /**
     * Writes the workbook whole or not at all: into a temporary file beside the target, then
     * renamed over it, so a failure never leaves a half-written or emptied file behind.
     */
    public void save(Path file) {
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            // Beside the target (so the rename stays on one disk), with the folder's usual permissions.
            temporary = target.resolveSibling("~" + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                workbook.write(out);
            }
            replace(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ExportFailed("Không ghi được tệp " + target + ": " + reason(e), e);
        }
    }

    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "thư mục không tồn tại.";
        }
        if (e instanceof AccessDeniedException || e instanceof FileSystemException) {
            return "tệp đang mở trong chương trình khác (Excel?) hoặc thư mục không cho phép ghi. "
                    + "Hãy đóng tệp hoặc chọn thư mục khác rồi thử lại.";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Only a stray temporary file is left; the target is untouched.
        }
    }

    /** Deletes the streamed rows' temporary files. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Nothing was opened from a file: closing cannot lose data.
        }
    }
}
