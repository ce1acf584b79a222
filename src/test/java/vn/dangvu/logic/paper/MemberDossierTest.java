package vn.dangvu.logic.paper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;

/** The Phiếu đảng viên (Mẫu 2-HSĐV) filled from the record, with the photo on file. */
class MemberDossierTest {

    @TempDir
    Path folder;

    private PaperFixture f;

    @BeforeEach
    void open() {
        f = new PaperFixture(folder.resolve("data"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSheetCarriesTheRecordAndThePhotoOnFile() throws IOException {
        f.papers.attach(f.duc, "anh", "anh.jpg", SamplePapers.photo(1), null, null, "thư ký");
        Path docx = folder.resolve("phieu.docx");
        PrintedSheet printed = f.services.dossiers().printSheet(f.duc, docx, false);
        assertEquals("", printed.note());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertTrue(text.contains("01) Họ và tên đang dùng: NGUYỄN VĂN ĐỨC"), text);
            assertTrue(text.contains("02) Nam, nữ: Nam"));
            assertTrue(text.contains("04) Sinh ngày: 01/02/1980"));
            assertTrue(text.contains("12) Ngày vào Đảng: 01/06/2005"));
            assertTrue(text.contains("Tại Chi bộ: thôn Nà Pàn"), "the form's label already says Chi bộ");
            assertTrue(text.contains("ĐẢNG BỘ TỈNH (tương đương): Đảng bộ tỉnh Quảng Ninh"),
                    "a commune's superior is the province since 1/7/2025");
            assertTrue(text.contains("ĐẢNG BỘ HUYỆN: (tương đương): \t"), "no district");
            assertTrue(text.contains("Người giới thiệu thứ 1: Nguyễn Văn Hải"));
            assertTrue(text.contains("Người giới thiệu thứ 2: Trần Thị Lan"));
            assertTrue(text.contains("Ngày chính thức: 01/06/2006"));
            assertTrue(text.contains("- Giáo dục nghề nghiệp: Trung cấp"), "trung cấp is vocational education");
            assertTrue(text.contains("- Gia đình liệt sỹ: ☒"));
            assertTrue(text.contains("SỐ THẺ ĐẢNG VIÊN: 01234567"));
            assertTrue(text.contains("ĐẢNG BỘ, CHI BỘ CƠ SỞ: Đảng bộ xã Hải Yến"));
            assertEquals(1, doc.getAllPictures().size(), "the photo");
            XWPFPictureData photo = doc.getAllPictures().get(0);
            assertEquals("png", photo.suggestFileExtension());
        }
    }

    @Test
    void withoutAPhotoTheBoxStaysEmptyAndTheClerkIsTold() throws IOException {
        Path docx = folder.resolve("phieu.docx");
        PrintedSheet printed = f.services.dossiers().printSheet(f.em, docx, false);
        assertEquals("Hồ sơ chưa có ảnh (mã anh): phiếu để trống khung ảnh.", printed.note());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getAllPictures().isEmpty());
        }
    }

    @Test
    void theTransferPackageHoldsTheSheetEveryPaperByteForByteAndTheLetter() throws IOException {
        byte[] photo = SamplePapers.photo(2);
        byte[] decision = SamplePapers.pdf(2);
        f.papers.attach(f.duc, "quyet-dinh-ket-nap", "qd.pdf", decision, java.time.LocalDate.of(2005, 6, 1), null, "x");
        f.papers.attach(f.duc, "anh", "anh.jpg", photo, null, null, "x");
        Path zip = folder.resolve("goi.zip");
        assertEquals(2, f.services.transferPackages().write(f.duc, zip));
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            assertEquals(java.util.List.of("phieu-dang-vien.docx", "ho-so/01-quyet-dinh-ket-nap-2005-06-01.pdf",
                            "ho-so/02-anh.jpg", "giay-gioi-thieu-sinh-hoat.txt", "danh-sach.txt"),
                    file.stream().map(java.util.zip.ZipEntry::getName).toList());
            assertArrayEquals(decision, file.getInputStream(file.getEntry("ho-so/01-quyet-dinh-ket-nap-2005-06-01.pdf"))
                    .readAllBytes());
            assertArrayEquals(photo, file.getInputStream(file.getEntry("ho-so/02-anh.jpg")).readAllBytes());
            String letter = new String(file.getInputStream(file.getEntry("giay-gioi-thieu-sinh-hoat.txt")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals("Chưa ghi việc chuyển sinh hoạt đảng chính thức đi của đảng viên này.", letter.strip());
        }
    }
}
