package vn.dangvu.logic.export;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The page every Word template generator writes: A4 portrait, its margins, Times New Roman throughout. */
public final class A4Template {

    /** A4 in twentieths of a point. */
    public static final int WIDTH = 11906;
    public static final int HEIGHT = 16838;
    public static final String FONT = "Times New Roman";

    private A4Template() {
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
}
