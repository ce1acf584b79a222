package vn.dangvu.logic.export;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.deepoove.poi.config.ConfigureBuilder;
import com.deepoove.poi.plugin.table.LoopRowTableRenderPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;

/**
 * A Word document printed from an editable poi-tl template: the office's own copy in the data
 * folder's templates/ when there is one, else the one shipped (resources/templates). Tables whose
 * first cell holds one of the given tags repeat their second row for each item of the list.
 */
public final class WordTemplate {

    private WordTemplate() {
    }

    /**
     * Fills the template and writes the document whole or not at all.
     *
     * @param dataFolder where an office's own templates/ may be, or null
     * @param template   "templates/…docx"
     * @param loops      the tags of the lists filling table rows
     */
    public static void render(Path dataFolder, String template, Map<String, Object> data, Set<String> loops, Path file) {
        ConfigureBuilder builder = Configure.builder();
        loops.forEach(tag -> builder.bind(tag, new LoopRowTableRenderPolicy()));
        Path partial = file.resolveSibling(file.getFileName() + ".tmp");
        try (InputStream in = open(dataFolder, template);
             XWPFTemplate document = XWPFTemplate.compile(in, builder.build()).render(data)) {
            try (OutputStream out = Files.newOutputStream(partial)) {
                document.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // reported below
            }
            throw new IllegalStateException("Không ghi được tệp " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Path dataFolder, String template) throws IOException {
        Path own = dataFolder == null ? null : dataFolder.resolve(template);
        if (own != null && Files.isRegularFile(own)) {
            return Files.newInputStream(own);
        }
        InputStream shipped = WordTemplate.class.getResourceAsStream("/" + template);
        if (shipped == null) {
            throw new IllegalStateException("Thiếu mẫu " + template + " trong phần mềm.");
        }
        return shipped;
    }
}
