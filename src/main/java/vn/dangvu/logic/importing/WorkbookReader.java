package vn.dangvu.logic.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens the clerk's workbook after checking, from its first bytes and its size, that it is one:
 * a .xlsx (zip) is streamed sheet by sheet, a .xls (OLE2) goes through POI's WorkbookFactory.
 * Anything else, a password-protected file or an oversized one is refused with a Vietnamese
 * message before POI sees it, so junk never costs memory.
 */
public final class WorkbookReader {

    /** Far above a 100,000-member list (about 15 MB as .xlsx), far below what would exhaust memory. */
    public static final long MAX_BYTES = 40L * 1024 * 1024;

    static {
        // POI logs through log4j-api; without a provider it would print a warning on the command line.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }

    private WorkbookReader() {
    }

    public static WorkbookData read(Path file) {
        String name = file.getFileName().toString();
        long size;
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(head, 0, head.length);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportRejected("Không tìm thấy tệp " + file + ".");
        } catch (IOException e) {
            throw new ImportRejected("Không đọc được tệp " + name + ": " + e.getMessage());
        }
        if (size == 0) {
            throw new ImportRejected("Tệp " + name + " rỗng (0 byte). Không có gì được nhập.");
        }
        FileMagic magic = FileMagic.valueOf(Arrays.copyOf(head, read));
        if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
            throw new ImportRejected("Tệp " + name + " không phải sổ làm việc Excel (.xlsx hoặc .xls)"
                    + describe(magic) + ". Hãy mở tệp bằng Excel và lưu lại dạng .xlsx. Không có gì được nhập.");
        }
        if (size > MAX_BYTES) {
            throw new ImportRejected("Tệp " + name + " quá lớn (" + size / (1024 * 1024) + " MB; tối đa "
                    + MAX_BYTES / (1024 * 1024) + " MB). Hãy tách danh sách thành nhiều tệp. Không có gì được nhập.");
        }
        WorkbookData data = magic == FileMagic.OOXML ? XlsxSheets.read(file) : readOle2(file);
        if (data.sheets().stream().allMatch(SheetData::isEmpty)) {
            throw new ImportRejected("Tệp " + name + " không có dữ liệu: mọi sheet đều trống. Không có gì được nhập.");
        }
        return data;
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> " mà là tệp PDF";
            case HTML, XML -> " mà là trang HTML/XML (có thể là tệp \"xuất ra Excel\" của một phần mềm web)";
            case UNKNOWN -> "";
            default -> " (dạng " + magic.name() + ")";
        };
    }

    /** A .xls, or an encrypted .xlsx: both are OLE2 containers. */
    private static WorkbookData readOle2(Path file) {
        String name = file.getFileName().toString();
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                throw passwordProtected(name);
            }
            return XlsSheets.read(name, fs);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw passwordProtected(name);
        } catch (org.apache.poi.hssf.OldExcelFormatException e) {
            throw new ImportRejected("Tệp " + name + " ở dạng Excel 95 hoặc cũ hơn. Hãy mở bằng Excel và lưu lại dạng .xlsx.");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejected rejected) {
                throw rejected;
            }
            throw new ImportRejected("Tệp " + name + " không phải sổ làm việc Excel đọc được ("
                    + e.getMessage() + "). Không có gì được nhập.");
        }
    }

    static ImportRejected passwordProtected(String name) {
        return new ImportRejected("Tệp " + name + " được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, bỏ mật"
                + " khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập."
                + " Không có gì được nhập.");
    }
}
