package vn.dangvu.logic.paper;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Real files of every kind a clerk may scan, and the bad ones a clerk may pick by mistake. */
public final class SamplePapers {

    private SamplePapers() {
    }

    /** A scanned page: white with a few lines of text and noise, so it compresses like a real scan. */
    public static BufferedImage page(int width, int height, String text, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SERIF, Font.BOLD, Math.max(10, width / 25)));
        g.drawString(text, width / 10, height / 8);
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            int y = height / 5 + i * height / 60;
            g.drawLine(width / 10, y, width / 10 + random.nextInt(width * 7 / 10), y);
        }
        g.dispose();
        return image;
    }

    /** A portrait photo 3 × 4: a face-like oval on blue. */
    public static byte[] photo(long seed) {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(70, 120, 200));
        g.fillRect(0, 0, 300, 400);
        g.setColor(new Color(240, 200, 170));
        g.fillOval(75, 60, 150, 190);
        g.setColor(Color.WHITE);
        g.fillRect(40, 270, 220, 130);
        g.setColor(new Color((int) (seed * 37 % 255), 40, 40));
        g.fillRect(130, 300, 40, 100);
        g.dispose();
        return encode(image, "jpg");
    }

    public static byte[] jpeg(String text, long seed) {
        return encode(page(850, 1200, text, seed), "jpg");
    }

    public static byte[] png(String text, long seed) {
        return encode(page(600, 850, text, seed), "png");
    }

    /** A TIFF of several pages: the scanner's multi-page output, kept whole. */
    public static byte[] tiff(int pages) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < pages; i++) {
                writer.writeToSequence(new IIOImage(page(400, 560, "Trang " + (i + 1), i), null, null), null);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A PDF of several A4 pages, each with a line of text. */
    public static byte[] pdf(int pages) {
        return pdf(pages, null);
    }

    /** A PDF that opens only with a password (refused: it could not be read later). */
    public static byte[] pdfWithPassword() {
        return pdf(1, "matkhau");
    }

    private static byte[] pdf(int pages, String password) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.TIMES_BOLD), 24);
                    content.newLineAtOffset(80, 750);
                    content.showText("Quyet dinh ket nap - trang " + (i + 1));
                    content.endText();
                    content.addRect(80, 300, 400, 300);
                    content.stroke();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("chu", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first 40 % of a JPEG: what a copy from a failing USB stick leaves. */
    public static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length * 2 / 5);
    }

    /** A Windows program's first bytes ("MZ"), as a file renamed .jpg would have. */
    public static byte[] program() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = 'M';
        bytes[1] = 'Z';
        return bytes;
    }

    /** A JPEG's magic followed by garbage: looks like a JPEG, decodes as nothing. */
    public static byte[] fakeJpeg() {
        byte[] bytes = new byte[2048];
        new Random(3).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0x01;
        return bytes;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
