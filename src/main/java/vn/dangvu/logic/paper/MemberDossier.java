package vn.dangvu.logic.paper;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.data.PictureType;
import com.deepoove.poi.data.Pictures;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.template.ElementTemplate;
import com.deepoove.poi.template.MetaTemplate;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import vn.dangvu.logic.OutputLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.export.PdfConverter;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.paper.Paper;

/**
 * The Phiếu đảng viên (Mẫu 2-HSĐV) of a member, filled from the record with the photo on file,
 * from the editable template templates/phieu-dang-vien.docx (the data folder's own copy wins);
 * a PDF beside it when LibreOffice is installed. Call from the task runner.
 */
public final class MemberDossier {

    public static final String TEMPLATE = "templates/phieu-dang-vien.docx";
    /** The photo box of the form: 3 × 4 cm, in the pixels (1/96 inch) poi-tl sizes pictures by. */
    private static final int PHOTO_WIDTH = 113;
    private static final int PHOTO_HEIGHT = 151;

    private final Database database;
    private final PaperService papers;
    private final Path dataFolder;
    private final Clock clock;

    /** @param dataFolder where an office's own templates/ may be, or null */
    public MemberDossier(Database database, PaperService papers, Path dataFolder, Clock clock) {
        this.database = database;
        this.papers = papers;
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /** Writes the member's Phiếu đảng viên as .docx (whole or not at all), and as PDF when asked and possible. */
    public PrintedSheet printSheet(long memberId, Path docx, boolean pdf) {
        Map<String, Object> data = fields(memberId);
        Optional<Paper> photo = papers.photo(memberId);
        if (photo.isPresent()) {
            data.put("photo", picture(papers.content(photo.get())));
            data.put("photoHint", "");
        } else {
            data.put("photoHint", "Ảnh\n(3 x 4)");
        }
        render(data, docx);
        OutputLog.printed(database, "Phiếu đảng viên của " + data.get("signerName"), docx);
        String note = photo.isPresent() ? "" : "Hồ sơ chưa có ảnh (mã " + vn.dangvu.model.paper.PaperType.PHOTO
                + "): phiếu để trống khung ảnh.";
        if (!pdf) {
            return new PrintedSheet(docx, Optional.empty(), note);
        }
        Optional<PdfConverter> converter = PdfConverter.find();
        if (converter.isEmpty()) {
            return new PrintedSheet(docx, Optional.empty(), (note + " Không tìm thấy LibreOffice trên máy nên không"
                    + " tạo bản PDF; đã tạo tệp Word.").strip());
        }
        return new PrintedSheet(docx, Optional.of(converter.get().convert(docx)), note);
    }

    private Map<String, Object> fields(long memberId) {
        LocalDate today = LocalDate.now(clock);
        return database.read(r -> {
            Member member = r.members().find(memberId)
                    .orElseThrow(() -> new RecordRejected("member", "Không tìm thấy hồ sơ."));
            var committee = r.committee().find()
                    .orElseThrow(() -> new RecordRejected(null, "Chưa thiết lập thông tin Đảng bộ."));
            Map<Long, String> names = new HashMap<>();
            for (Branch b : r.branches().all()) {
                names.put(b.id(), b.name());
            }
            MembershipHistory history = MembershipHistory.of(r.events().forMember(memberId));
            var badges = r.badges().awards().stream().filter(a -> a.memberId() == memberId).toList();
            return SheetFields.of(new SheetFields.Source(committee, member, history, names, badges,
                    r.discipline().forMember(memberId), today));
        });
    }

    /** The photo fitted into the 3 × 4 box, its proportions kept (a 4 × 6 photo is a little narrower). */
    private static Object picture(byte[] photo) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
            double scale = Math.min(PHOTO_WIDTH / (double) image.getWidth(), PHOTO_HEIGHT / (double) image.getHeight());
            int width = (int) Math.round(image.getWidth() * scale);
            int height = (int) Math.round(image.getHeight() * scale);
            byte[] png = PaperFileCheck.encodePng(image);
            return Pictures.ofBytes(png, PictureType.PNG).size(width, height).create();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Không đọc được ảnh đảng viên để in phiếu: " + e.getMessage(), e);
        }
    }

    private void render(Map<String, Object> data, Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new RecordRejected("out", "Thư mục " + parent + " không tồn tại.");
        }
        // No photo on file leaves its tag empty; any other tag the program does not fill stops the printing.
        Configure configure = Configure.builder().setValidErrorHandler(new Configure.DiscardHandler()).build();
        Path partial = out.resolveSibling(out.getFileName() + ".tmp");
        try (InputStream template = openTemplate();
             XWPFTemplate document = XWPFTemplate.compile(template, configure)) {
            for (MetaTemplate tag : document.getElementTemplates()) {
                String name = tag instanceof ElementTemplate element ? element.getTagName() : null;
                if (name != null && !data.containsKey(name) && !"photo".equals(name)) {
                    throw new IllegalStateException("Mẫu " + TEMPLATE + " có thẻ {{" + name + "}} mà phần mềm không"
                            + " biết điền gì. Hãy sửa lại thẻ đó trong mẫu.");
                }
            }
            document.render(data);
            try (OutputStream stream = Files.newOutputStream(partial)) {
                document.write(stream);
            }
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (RenderException e) {
            deleteQuietly(partial);
            throw new IllegalStateException("Mẫu " + TEMPLATE + " có thẻ không điền được (" + e.getMessage()
                    + "). Hãy kiểm tra lại các thẻ {{…}} trong mẫu.", e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new IllegalStateException("Không ghi được tệp " + out + ": " + e.getMessage(), e);
        }
    }

    private InputStream openTemplate() throws IOException {
        Path own = dataFolder == null ? null : dataFolder.resolve(TEMPLATE);
        if (own != null && Files.isRegularFile(own)) {
            return Files.newInputStream(own);
        }
        InputStream shipped = MemberDossier.class.getResourceAsStream("/" + TEMPLATE);
        if (shipped == null) {
            throw new IllegalStateException("Thiếu mẫu " + TEMPLATE + " trong phần mềm.");
        }
        return shipped;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure is reported by the caller
        }
    }
}
