package vn.dangvu.logic.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * What the Word template generators share: the A4 page and its font, paragraphs and runs in
 * Vietnamese, and writing the template where the office keeps it.
 */
public final class TemplateWriter {

    /** A4 in twentieths of a point. */
    public static final int WIDTH = 11906;
    public static final int HEIGHT = 16838;
    public static final String FONT = "Times New Roman";

    private TemplateWriter() {
    }

    /** @param headerFooter the header's and footer's distance from the edge, or null for Word's own */
    public static void page(XWPFDocument doc, int left, int right, int topBottom, Integer headerFooter) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(WIDTH));
        size.setH(BigInteger.valueOf(HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(left));
        margins.setRight(BigInteger.valueOf(right));
        margins.setTop(BigInteger.valueOf(topBottom));
        margins.setBottom(BigInteger.valueOf(topBottom));
        if (headerFooter != null) {
            margins.setHeader(BigInteger.valueOf(headerFooter));
            margins.setFooter(BigInteger.valueOf(headerFooter));
        }
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        doc.createStyles().setDefaultFonts(fonts);
    }

    /** Writes the template to the path in {@code args}, else to {@code standardPath}. */
    public static void write(XWPFDocument doc, String[] args, String standardPath) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : standardPath);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            doc.write(stream);
        }
    }

    /** A new paragraph with a little space after it. */
    public static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(40);
        if (p.getCTP().getPPr() == null) {
            p.getCTP().addNewPPr();
        }
        return p;
    }

    /** The first paragraph of a table cell, without space after. */
    public static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        return p;
    }

    /** A run of Vietnamese text; a tab in it becomes a real tab element. */
    public static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setLang("vi-VN");
        // Word shows a tab character inside text as a space; dotted tab stops need real tabs.
        String[] pieces = text.split("\t", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            if (!pieces[i].isEmpty()) {
                run.setText(pieces[i], run.getCTR().sizeOfTArray());
            }
        }
        return run;
    }
}
