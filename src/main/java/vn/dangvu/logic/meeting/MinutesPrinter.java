package vn.dangvu.logic.meeting;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.exception.RenderException;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.model.meeting.Minutes;

/**
 * Writes a biên bản as .docx from the office's editable Word template
 * ({@value #TEMPLATE} in {@code resources/}, tags {@code {{name}}} filled by poi-tl). A file is
 * written whole or not at all.
 */
public final class MinutesPrinter {

    /** Classpath location of the template; the office edits {@code resources/templates/…}. */
    public static final String TEMPLATE = "/templates/bien-ban-sinh-hoat-chi-bo.docx";

    /** The member list: a table row repeated per person, with [stt], [name]… in its cells. */
    static final String MEMBERS = "members";

    static {
        vn.dangvu.logic.QuietLibraries.install();
    }

    public void write(Minutes minutes, Path out) {
        Map<String, Object> data = new MinutesData(minutes).toMap();
        Configure configure = Configure.builder()
                .bind(MEMBERS, new LoopRowTableRenderPolicy(true))
                .setValidErrorHandler(new Configure.AbortHandler())
                .build();
        Path parent = out.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new RecordRejected("out", "Thư mục " + parent + " không tồn tại.");
        }
        Path temp = null;
        try (InputStream template = openTemplate();
             XWPFTemplate rendered = XWPFTemplate.compile(template, configure).render(data)) {
            expandTabs(rendered.getXWPFDocument());
            temp = Files.createTempFile(parent, ".bien-ban-", ".docx.tmp");
            try (OutputStream output = Files.newOutputStream(temp)) {
                rendered.write(output);
            }
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (RenderException e) {
            deleteQuietly(temp);
            throw new IllegalStateException("Mẫu biên bản " + TEMPLATE + " có thẻ không điền được (" + e.getMessage()
                    + "). Hãy kiểm tra lại các thẻ {{…}} trong mẫu.", e);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new IllegalStateException("Không ghi được " + out + ": " + e.getMessage(), e);
        }
    }

    private static InputStream openTemplate() {
        InputStream in = MinutesPrinter.class.getResourceAsStream(TEMPLATE);
        if (in == null) {
            throw new IllegalStateException("Thiếu mẫu biên bản " + TEMPLATE + " trong chương trình.");
        }
        return in;
    }

    /**
     * poi-tl writes a tab character as text; Word needs a tab element for the template's dotted
     * tab stop, which draws the lines to write on.
     */
    static void expandTabs(XWPFDocument document) {
        expandTabs(document.getBodyElements());
    }

    private static void expandTabs(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                boolean lines = false;
                for (XWPFRun run : paragraph.getRuns()) {
                    lines |= expandTabs(run);
                }
                if (lines) {
                    // Lines to write on by hand need more room than printed text.
                    paragraph.setSpacingBetween(1.5, LineSpacingRule.AUTO);
                }
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        expandTabs(cell.getBodyElements());
                    }
                }
            }
        }
    }

    /** True when the run had tabs, i.e. dotted lines. */
    private static boolean expandTabs(XWPFRun run) {
        String text = run.text();
        if (text.indexOf('\t') < 0) {
            return false;
        }
        var ctr = run.getCTR();
        while (ctr.sizeOfTArray() > 0) {
            ctr.removeT(0);
        }
        while (ctr.sizeOfCrArray() > 0) {
            ctr.removeCr(0);
        }
        while (ctr.sizeOfTabArray() > 0) {
            ctr.removeTab(0);
        }
        while (ctr.sizeOfBrArray() > 0) {
            ctr.removeBr(0);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addCarriageReturn();
            }
            String[] parts = lines[i].split("\t", -1);
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    run.addTab();
                }
                if (!parts[j].isEmpty()) {
                    run.setText(parts[j], ctr.sizeOfTArray());
                }
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .tmp file is harmless
        }
    }
}
