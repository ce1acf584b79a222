package vn.dangvu.logic.paper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.model.paper.MemberMissingPapers;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.paper.PaperMedia;
import vn.dangvu.model.paper.PaperType;
import vn.dangvu.model.paper.RemovedPaper;

/** Adding, checking, listing, removing and restoring papers on a real data folder. */
class PaperServiceTest {

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

    private Paper attach(String type, String name, byte[] bytes) {
        return f.papers.attach(f.duc, type, name, bytes, LocalDate.of(2005, 6, 1), null, "thư ký");
    }

    @Test
    void everyAcceptedFormatIsToldByItsContentWithItsPages() {
        assertEquals(PaperMedia.JPEG, attach("ly-lich", "ly-lich.jpg", SamplePapers.jpeg("Ly lich", 1)).media());
        assertEquals(PaperMedia.PNG, attach("don-xin-vao-dang", "don.png", SamplePapers.png("Don", 2)).media());
        Paper tiff = attach("gioi-thieu", "gioi-thieu.tif", SamplePapers.tiff(3));
        assertEquals(PaperMedia.TIFF, tiff.media());
        assertEquals(3, tiff.pages(), "a multi-page TIFF is kept whole");
        Paper pdf = attach("quyet-dinh-ket-nap", "quyet-dinh.pdf", SamplePapers.pdf(4));
        assertEquals(PaperMedia.PDF, pdf.media());
        assertEquals(4, pdf.pages(), "a multi-page PDF is kept whole");
        Paper misnamed = attach("anh", "anh-the.pdf", SamplePapers.photo(1));
        assertEquals(PaperMedia.JPEG, misnamed.media(), "the name says PDF, the content says JPEG");
    }

    @Test
    void aPaperReadsBackByteForByteAndHasAThumbnailThatFitsTheBox() throws IOException {
        byte[] scan = SamplePapers.jpeg("Quyet dinh", 5);
        Paper paper = attach("quyet-dinh-ket-nap", "qd.jpg", scan);
        assertArrayEquals(scan, f.papers.content(paper));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(f.papers.thumbnail(paper)));
        // 850 × 1200 shrunk to fit 120 × 160: the height decides, 160 / 1200 of 850 is 113.
        assertEquals(113, thumbnail.getWidth());
        assertEquals(160, thumbnail.getHeight());
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefusedWithNothingStored() throws IOException {
        RecordRejected refused = assertThrows(RecordRejected.class,
                () -> attach("anh", "anh.jpg", SamplePapers.program()));
        assertEquals("Không nhận tệp anh.jpg: nội dung tệp không phải ảnh JPEG, PNG, TIFF hay tệp PDF dù tên tệp có"
                + " đuôi .jpg (phần mềm xem nội dung, không xem tên tệp). Không lưu gì.", refused.getMessage());
        assertNothingStored();
    }

    @Test
    void emptyDamagedAndLockedFilesAreRefusedEachWithItsReason() throws IOException {
        assertRefused("rong.jpg", new byte[0], "tệp rỗng (0 byte)");
        assertRefused("cat-do.jpg", SamplePapers.truncated(SamplePapers.jpeg("x", 1)), "ảnh JPEG bị hỏng");
        assertRefused("gia.jpg", SamplePapers.fakeJpeg(), "ảnh JPEG bị hỏng");
        assertRefused("hong.pdf", SamplePapers.truncated(SamplePapers.pdf(2)), "tệp PDF bị hỏng");
        assertRefused("khoa.pdf", SamplePapers.pdfWithPassword(), "tệp PDF có mật khẩu");
        assertNothingStored();
    }

    @Test
    void otherKindsOfFileAreRefusedByTheirContentWhateverTheirName() throws IOException {
        String notAPaper = "nội dung tệp không phải ảnh JPEG, PNG, TIFF hay tệp PDF dù tên tệp có đuôi ";
        java.awt.image.BufferedImage picture = SamplePapers.page(200, 300, "GIF", 1);
        assertRefused("anh.jpg", SamplePapers.encode(picture, "gif"), notAPaper + ".jpg");
        assertRefused("quet.png", SamplePapers.encode(picture, "bmp"), notAPaper + ".png");
        // a Word file (a zip inside) and a text file, named as a PDF and a TIFF
        assertRefused("ly-lich.pdf", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0}, notAPaper + ".pdf");
        assertRefused("ghi-chu.tif", "Lý lịch đảng viên".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                notAPaper + ".tif");
        assertRefused("khong-duoi", SamplePapers.program(), "nội dung tệp không phải ảnh JPEG, PNG, TIFF hay tệp PDF"
                + " (phần mềm xem nội dung");
        assertNothingStored();
    }

    @Test
    void aCutOffPngOrTiffIsRefusedAsDamaged() throws IOException {
        assertRefused("cat-do.png", SamplePapers.truncated(SamplePapers.png("x", 1)), "ảnh PNG bị hỏng");
        assertRefused("cat-do.tif", SamplePapers.truncated(SamplePapers.tiff(3)), "ảnh TIFF bị hỏng");
        assertNothingStored();
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path big = folder.resolve("quet-600dpi.jpg");
        try (var file = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.write(java.nio.ByteBuffer.wrap(new byte[] {1}), 25L * 1024 * 1024); // 25 MB and one byte, sparse
        }
        RecordRejected refused = assertThrows(RecordRejected.class,
                () -> f.papers.attach(f.duc, "ly-lich", big, null, null, "thư ký"));
        assertEquals("Không nhận tệp quet-600dpi.jpg: tệp nặng 25,0 MB, quá giới hạn 25 MB; hãy quét lại ở độ phân giải"
                + " thấp hơn (200–300 dpi là đủ). Không lưu gì.", refused.getMessage());
        assertNothingStored();
    }

    @Test
    void anUnknownTypeOrMemberIsRefused() {
        RecordRejected type = assertThrows(RecordRejected.class,
                () -> attach("bang-tot-nghiep", "b.jpg", SamplePapers.jpeg("x", 1)));
        assertTrue(type.getMessage().startsWith("Không có loại giấy tờ \"bang-tot-nghiep\". Các mã dùng được: ly-lich,"));
        RecordRejected member = assertThrows(RecordRejected.class, () -> f.papers.findMember("99999999"));
        assertEquals("Không có đảng viên nào có số thẻ hoặc số CCCD \"99999999\".", member.getMessage());
        assertEquals(f.duc, f.papers.findMember(PaperFixture.DUC_CARD).id());
        assertEquals(f.anh, f.papers.findMember(PaperFixture.ANH_CITIZEN_ID).id());
    }

    @Test
    void theSameScanAddedTwiceIsStoredOnce() throws IOException {
        byte[] scan = SamplePapers.jpeg("Ly lich", 9);
        attach("ly-lich", "ly-lich.jpg", scan);
        f.papers.attach(f.em, "ly-lich", "ban-sao.jpg", scan, null, null, "thư ký");
        assertEquals(2, f.papers.papersOf(f.duc).size() + f.papers.papersOf(f.em).size());
        assertEquals(2, storedFiles(), "one file for the scan, one for its thumbnail");
    }

    @Test
    void papersAreListedInTheOrderOfTheFile() {
        attach("phieu-dang-vien", "phieu.pdf", SamplePapers.pdf(1));
        attach("ly-lich", "ly-lich.jpg", SamplePapers.jpeg("a", 1));
        attach("anh", "anh.jpg", SamplePapers.photo(1));
        assertEquals(List.of("ly-lich", "phieu-dang-vien", "anh"),
                f.papers.papersOf(f.duc).stream().map(Paper::typeCode).toList());
    }

    @Test
    void aRemovedPaperGoesToTheRecycleBinAndComesBackOrIsUndone() {
        Paper paper = attach("ly-lich", "ly-lich.jpg", SamplePapers.jpeg("a", 1));
        f.papers.remove(paper.id());
        assertTrue(f.papers.papersOf(f.duc).isEmpty());
        List<RemovedPaper> bin = f.papers.recycleBin();
        assertEquals(1, bin.size());
        assertEquals("Nguyễn Văn Đức", bin.get(0).member().full());
        assertEquals("Đã hoàn tác: Gỡ khỏi hồ sơ (vào thùng rác): Lý lịch của người xin vào Đảng (ly-lich.jpg, 1 trang,"
                + " ngày 01/06/2005)", "Đã hoàn tác: " + f.services.history().undoLast());
        assertEquals(1, f.papers.papersOf(f.duc).size());
        f.papers.remove(paper.id());
        f.papers.restore(paper.id());
        assertEquals(List.of(paper.id()), f.papers.papersOf(f.duc).stream().map(Paper::id).toList());
    }

    @Test
    void aReplacedPaperStaysInTheBinAndUndoBringsItBack() throws IOException {
        Paper old = attach("anh", "anh-cu.jpg", SamplePapers.photo(1));
        Path newer = folder.resolve("anh-moi.jpg");
        Files.write(newer, SamplePapers.photo(2));
        Paper replaced = f.papers.replace(old.id(), newer, "thư ký");
        assertEquals(List.of(replaced.id()), f.papers.papersOf(f.duc).stream().map(Paper::id).toList());
        assertTrue(f.papers.recycleBin().get(0).replaced());
        f.services.history().undoLast();
        assertEquals(List.of(old.id()), f.papers.papersOf(f.duc).stream().map(Paper::id).toList());
    }

    @Test
    void theMissingListNamesWhatEachMemberInPartyStrengthLacks() {
        for (PaperType type : f.papers.types().all()) {
            f.papers.attach(f.duc, type.code(), type.code() + ".png", SamplePapers.png(type.code(), 1), null, null, "x");
        }
        f.papers.attach(f.anh, "ly-lich", "ly-lich.png", SamplePapers.png("a", 2), null, null, "x");
        List<MemberMissingPapers> all = f.papers.missing(null);
        assertEquals(List.of("Hoàng Thị Ánh", "Đinh Văn Em"), all.stream().map(m -> m.name().full()).toList(),
                "Đức's file is complete; Vietnamese order: Ánh before Em");
        // Ánh is probationary: the 9 papers every member needs, less her lý lịch; not yet the 6 of probation.
        assertEquals(List.of("don-xin-vao-dang", "gioi-thieu", "nhan-xet-noi-cu-tru", "nghi-quyet-de-nghi-ket-nap",
                        "quyet-dinh-ket-nap", "chung-nhan-nhan-thuc", "phieu-dang-vien", "anh"),
                all.get(0).missing().stream().map(PaperType::code).toList());
        assertEquals(15, all.get(1).missing().size(), "Em is official: 9 + 6 probation papers");
        assertEquals(List.of("Đinh Văn Em"), f.papers.missing(f.khonpat).stream().map(m -> m.name().full()).toList());
        assertEquals(8, f.papers.missingFor(f.anh).size());
    }

    private void assertRefused(String name, byte[] bytes, String reason) {
        RecordRejected refused = assertThrows(RecordRejected.class, () -> attach("ly-lich", name, bytes), name);
        assertTrue(refused.getMessage().startsWith("Không nhận tệp " + name + ": " + reason), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Không lưu gì."));
    }

    private void assertNothingStored() throws IOException {
        assertTrue(f.papers.papersOf(f.duc).isEmpty());
        assertEquals(0, storedFiles());
    }

    private long storedFiles() throws IOException {
        Path store = folder.resolve("data").resolve(FolderPaperStore.FOLDER);
        if (!Files.exists(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
