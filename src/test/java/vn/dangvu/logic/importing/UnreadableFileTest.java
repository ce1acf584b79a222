package vn.dangvu.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.BranchKind;

/** Files that are not a usable workbook get a clear Vietnamese message and change nothing. */
class UnreadableFileTest {

    @TempDir
    Path folder;

    private Database database;
    private MemberImportService importer;

    @BeforeEach
    void setUp() {
        database = Database.open(folder.resolve("data"));
        new BranchService(database).create(ClerkWorkbook.NA_PAN, BranchKind.VILLAGE, null);
        importer = new MemberImportService(database, () -> LocalDate.of(2025, 6, 1));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private String refusal(Path file) {
        String message = assertThrows(ImportRejected.class, () -> importer.preview(file)).getMessage();
        assertTrue(new RegisterService(database).loadRegister().isEmpty(), "nothing written");
        return message;
    }

    @Test
    void fiftyMegabytesOfJunkAreRefusedFromTheirFirstBytes() throws Exception {
        Path junk = folder.resolve("rac.xlsx");
        byte[] block = new byte[1024 * 1024];
        new Random(7).nextBytes(block);
        block[0] = 'J';
        try (OutputStream out = Files.newOutputStream(junk)) {
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
        }
        assertEquals("Tệp rac.xlsx không phải sổ làm việc Excel (.xlsx hoặc .xls). Hãy mở tệp bằng Excel và lưu lại"
                + " dạng .xlsx. Không có gì được nhập.", refusal(junk));
    }

    @Test
    void anOversizedZipIsRefusedBeforeItIsOpened() throws Exception {
        Path big = folder.resolve("lon.xlsx");
        byte[] block = new byte[1024 * 1024];
        new Random(7).nextBytes(block);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
            zip.setLevel(0);
            zip.putNextEntry(new ZipEntry("xl/media/anh.bin"));
            for (int i = 0; i < 41; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertTrue(refusal(big).startsWith("Tệp lon.xlsx quá lớn (41 MB; tối đa 40 MB)"));
    }

    @Test
    void anEmptyFileAMissingFileAndAPlainTextFileAreNamedAsSuch() throws Exception {
        assertEquals("Tệp rong.xlsx rỗng (0 byte). Không có gì được nhập.",
                refusal(Files.createFile(folder.resolve("rong.xlsx"))));
        assertTrue(refusal(folder.resolve("khong-co.xlsx")).startsWith("Không tìm thấy tệp "));
        Path csv = Files.writeString(folder.resolve("ds.csv"), "Họ và tên;Ngày sinh\n", StandardCharsets.UTF_8);
        assertTrue(refusal(csv).startsWith("Tệp ds.csv không phải sổ làm việc Excel"));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws Exception {
        Path zipFile = folder.resolve("nen.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            zip.putNextEntry(new ZipEntry("ghi-chu.txt"));
            zip.write("không phải Excel".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(refusal(zipFile).startsWith("Tệp nen.xlsx không phải sổ làm việc .xlsx đọc được"), refusal(zipFile));
    }

    @Test
    void aWorkbookWithOnlyEmptySheetsHasNothingToImport() throws Exception {
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Đảng viên");
        book.sheet("Sheet2");
        assertEquals("Tệp trong.xlsx không có dữ liệu: mọi sheet đều trống. Không có gì được nhập.",
                refusal(book.write(folder.resolve("trong.xlsx"))));
    }

    @Test
    void aHeaderWithoutRowsIsAnErrorOfTheSheet() throws Exception {
        SpreadsheetMl book = new SpreadsheetMl();
        book.sheet("Đảng viên").row("Họ và tên", "Ngày sinh", "Giới tính", "Chi bộ", "Ngày vào Đảng");
        ImportPlan plan = importer.preview(book.write(folder.resolve("tieu-de.xlsx")));
        assertEquals("Sheet 'Đảng viên': Không có dòng dữ liệu nào dưới dòng tiêu đề. Không có gì để nhập.",
                plan.errors().get(0).format());
    }

    @Test
    void aPasswordProtectedXlsxSaysSo() throws Exception {
        Path plain = ClerkWorkbook.clean().write(folder.resolve("goc.xlsx"));
        Path locked = folder.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        String message = refusal(locked);
        assertTrue(message.startsWith("Tệp mat-khau.xlsx được đặt mật khẩu nên không đọc được."), message);
    }

    @Test
    void anOldXlsWorkbookImportsLikeAnXlsx() throws Exception {
        Path xls = folder.resolve("cu.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Đảng viên");
            String[] headers = {"Họ và tên", "Ngày sinh", "Giới tính", "Số thẻ đảng viên", "Chi bộ", "Ngày vào Đảng"};
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Nguyễn Thị Hoa");
            row.createCell(1).setCellValue(LocalDate.of(1970, 8, 19));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue("nữ");
            row.createCell(3).setCellValue("01234567");
            row.createCell(4).setCellValue(ClerkWorkbook.NA_PAN);
            row.createCell(5).setCellValue("19/08/1995");
            try (OutputStream out = Files.newOutputStream(xls)) {
                workbook.write(out);
            }
        }
        ImportPlan plan = importer.preview(xls);
        assertFalse(plan.hasErrors(), plan.problems().toString());
        assertEquals(1, plan.summary().newMembers());
        importer.apply(plan, "thư ký", ImportProgress.NONE, () -> false);
        var hoa = new RegisterService(database).loadRegister().get(0);
        assertEquals(LocalDate.of(1970, 8, 19), hoa.birthDate());
        assertEquals("01234567", hoa.cardNumber());
    }
}
