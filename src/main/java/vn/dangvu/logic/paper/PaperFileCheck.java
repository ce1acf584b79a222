package vn.dangvu.logic.paper;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.model.paper.PaperLimits;
import vn.dangvu.model.paper.PaperMedia;

/**
 * Checks a file by its content before anything is stored: its first bytes must say JPEG, PNG, TIFF
 * or PDF, whatever its name says, and it must decode whole (every warning of a truncated image
 * counts as damage). Makes the paper's thumbnail from the same decode.
 */
final class PaperFileCheck {

    /** Thumbnails fit this box (a portrait A4 scan becomes 113 × 160). */
    static final int THUMBNAIL_WIDTH = 120;
    static final int THUMBNAIL_HEIGHT = 160;
    /** A larger picture is refused before it is decoded: 12,000 × 8,300 would take 400 MB of memory. */
    private static final long MAX_PIXELS = 100_000_000L;
    private static final float PDF_THUMBNAIL_DPI = 24;

    /** What the file is, how many pages it has, and its thumbnail as PNG. */
    record Checked(PaperMedia media, int pages, byte[] thumbnail) {
    }

    private PaperFileCheck() {
    }

    static Checked check(byte[] bytes, String fileName, PaperLimits limits) {
        if (bytes.length == 0) {
            throw refused(fileName, "tệp rỗng (0 byte)");
        }
        if (bytes.length > limits.maxBytes()) {
            throw refused(fileName, "tệp nặng " + PaperLimits.size(bytes.length) + ", quá giới hạn " + limits.text()
                    + "; hãy quét lại ở độ phân giải thấp hơn (200–300 dpi là đủ)");
        }
        byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 16));
        PaperMedia media = PaperMedia.sniff(head).orElseThrow(() -> refused(fileName, notAPaper(fileName)));
        return media == PaperMedia.PDF ? pdf(bytes, fileName) : image(bytes, media, fileName);
    }

    private static String notAPaper(String fileName) {
        String extension = extension(fileName);
        String said = extension.isEmpty() ? "" : " dù tên tệp có đuôi ." + extension;
        return "nội dung tệp không phải ảnh JPEG, PNG, TIFF hay tệp PDF" + said
                + " (phần mềm xem nội dung, không xem tên tệp)";
    }

    private static Checked image(byte[] bytes, PaperMedia media, String fileName) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refused(fileName, "không có bộ đọc cho " + media.label());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                StringBuilder warnings = new StringBuilder();
                reader.addIIOReadWarningListener(warningsInto(warnings));
                int pages = reader.getNumImages(true);
                if (pages < 1) {
                    throw refused(fileName, media.label() + " không có hình nào");
                }
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw refused(fileName, "ảnh quá lớn (" + reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " điểm ảnh); hãy quét lại ở độ phân giải thấp hơn");
                }
                BufferedImage first = reader.read(0);
                for (int page = 1; page < pages; page++) {
                    reader.read(page); // every page of a TIFF decodes, or the file is damaged
                }
                if (!warnings.isEmpty()) {
                    throw refused(fileName, media.label() + " bị hỏng hoặc không đầy đủ (" + warnings.toString().strip() + ")");
                }
                return new Checked(media, pages, thumbnail(first));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RecordRejected refusal) {
                throw refusal;
            }
            throw refused(fileName, media.label() + " bị hỏng, không đọc được");
        }
    }

    private static IIOReadWarningListener warningsInto(StringBuilder warnings) {
        return (source, warning) -> warnings.append(warning).append(' ');
    }

    private static Checked pdf(byte[] bytes, String fileName) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw refused(fileName, "tệp PDF không có trang nào");
            }
            BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, PDF_THUMBNAIL_DPI);
            return new Checked(PaperMedia.PDF, pages, thumbnail(first));
        } catch (InvalidPasswordException e) {
            throw refused(fileName, "tệp PDF có mật khẩu; hãy lưu lại bản không đặt mật khẩu");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RecordRejected refusal) {
                throw refusal;
            }
            throw refused(fileName, "tệp PDF bị hỏng, không đọc được");
        }
    }

    /** The picture shrunk to fit the thumbnail box, as PNG (made once, when the paper is added). */
    static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, Math.min(THUMBNAIL_WIDTH / (double) image.getWidth(),
                THUMBNAIL_HEIGHT / (double) image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return encodePng(small);
    }

    static byte[] encodePng(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static RecordRejected refused(String fileName, String reason) {
        return new RecordRejected("file", "Không nhận tệp " + fileName + ": " + reason + ". Không lưu gì.");
    }

}
