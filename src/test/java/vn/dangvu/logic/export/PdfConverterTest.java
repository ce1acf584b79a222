package vn.dangvu.logic.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.TaskRunner;

/**
 * The conversion's process handling, with a shell script standing in for soffice (so not on
 * Windows, where the lookup is what differs: LibreOfficeLocatorTest). Not in the build's
 * windows-1252 run: on Linux the JDK encodes a process's arguments in the default charset.
 */
@DisabledOnOs(OS.WINDOWS)
class PdfConverterTest {

    @TempDir
    Path temp;

    private Path docx;
    private Path arguments;

    @BeforeEach
    void aDocumentInAFolderWithVietnameseLetters() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("Biên bản Đảng ủy"));
        docx = Files.writeString(folder.resolve("bien-ban thang 3.docx"), "docx", UTF_8);
        arguments = temp.resolve("arguments.txt");
    }

    /** soffice writes OUTDIR/NAME.pdf for the last argument, as LibreOffice does; {@code body} runs first. */
    private PdfConverter converter(String body, Duration timeout) throws IOException {
        Path script = temp.resolve("soffice");
        Files.writeString(script, "#!/bin/sh\n"
                + "printf '%s\\n' \"$@\" > '" + arguments + "'\n"
                + body + "\n"
                + "for last; do :; done\n"
                + "name=$(basename \"$last\" .docx)\n"
                + "while [ \"$1\" != --outdir ]; do shift; done\n"
                + "printf pdf > \"$2/$name.pdf\"\n", UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new PdfConverter(script, temp.resolve("hồ sơ LibreOffice"), timeout);
    }

    @Test
    void thePdfIsWrittenBesideTheDocumentByLibreOfficeWithAProfileOfItsOwn() throws Exception {
        Path pdf = converter("", Duration.ofSeconds(30)).convertLater(docx).get();

        assertEquals(docx.resolveSibling("bien-ban thang 3.pdf"), pdf);
        List<String> given = Files.readAllLines(arguments, UTF_8);
        assertEquals("-env:UserInstallation=" + temp.resolve("hồ sơ LibreOffice").toUri(), given.get(0));
        assertTrue(given.contains("--headless"), given.toString());
        assertEquals(docx.toAbsolutePath().toString(), given.get(given.size() - 1));
    }

    @Test
    void aConversionThatHangsIsEndedWithTheProcessesItStarted() throws Exception {
        Path child = temp.resolve("child.pid");
        PdfConverter converter = converter("sleep 300 & echo $! > '" + child + "'; wait", Duration.ofSeconds(2));

        ExecutionException failed = assertThrows(ExecutionException.class, () -> converter.convertLater(docx).get());

        assertTrue(failed.getCause().getMessage().startsWith("LibreOffice không chuyển xong sang PDF sau 2 giây"),
                failed.getCause().getMessage());
        long pid = Long.parseLong(Files.readString(child, UTF_8).strip());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "soffice's child " + pid);
        assertFalse(Files.exists(docx.resolveSibling("bien-ban thang 3.pdf")));
    }

    @Test
    void conversionsRunOneAtATime() throws Exception {
        Path log = temp.resolve("log.txt");
        PdfConverter converter = converter("[ -e '" + temp.resolve("busy") + "' ] && echo overlap >> '" + log + "'\n"
                + "touch '" + temp.resolve("busy") + "'; sleep 0.3; rm '" + temp.resolve("busy") + "'",
                Duration.ofSeconds(30));
        Path second = Files.writeString(docx.resolveSibling("bien-ban thang 4.docx"), "docx", UTF_8);

        CompletableFuture<Path> one = converter.convertLater(docx);
        CompletableFuture<Path> two = converter.convertLater(second);
        CompletableFuture.allOf(one, two).get();

        assertFalse(Files.exists(log), "two conversions overlapped");
    }

    @Test
    void theDatabaseThreadMayNotWaitForLibreOffice() throws Exception {
        PdfConverter converter = converter("", Duration.ofSeconds(30));
        try (TaskRunner runner = new TaskRunner()) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> runner.submit(() -> converter.convert(docx)).get());
            assertTrue(refused.getCause() instanceof IllegalStateException, refused.getCause().toString());
        }
        assertFalse(Files.exists(arguments), "LibreOffice was started");
    }
}
