package vn.dangvu.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Turns a .docx into a PDF with LibreOffice ({@code soffice --headless --convert-to pdf}), when it
 * is installed. LibreOffice runs with a profile of its own, so a copy the clerk has open does
 * not swallow the conversion.
 */
public final class PdfConverter {

    private static final long TIMEOUT_SECONDS = 180;

    private final Path soffice;

    private PdfConverter(Path soffice) {
        this.soffice = soffice;
    }

    /** LibreOffice on the PATH or in its usual Windows folders, if installed. */
    public static Optional<PdfConverter> find() {
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "soffice"));
                    candidates.add(Path.of(dir, "soffice.exe"));
                }
            }
        }
        for (String programs : new String[] {System.getenv("ProgramFiles"), System.getenv("ProgramFiles(x86)")}) {
            if (programs != null) {
                candidates.add(Path.of(programs, "LibreOffice", "program", "soffice.exe"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().map(PdfConverter::new);
    }

    /** Writes FILE.pdf beside FILE.docx and returns it; throws with a Vietnamese message when it fails. */
    public Path convert(Path docx) {
        Path folder = docx.toAbsolutePath().getParent();
        String name = docx.getFileName().toString();
        Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.') < 0 ? name.length() : name.lastIndexOf('.'))
                + ".pdf");
        Path profile = Path.of(System.getProperty("java.io.tmpdir"), "dangvu-libreoffice");
        ProcessBuilder builder = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), docx.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("LibreOffice không chuyển xong sang PDF sau " + TIMEOUT_SECONDS + " giây.");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(pdf)) {
                throw new IllegalStateException("LibreOffice không tạo được " + pdf.getFileName() + ".");
            }
            return pdf;
        } catch (IOException e) {
            throw new IllegalStateException("Không chạy được LibreOffice: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Đã dừng khi đang chuyển sang PDF.", e);
        }
    }
}
