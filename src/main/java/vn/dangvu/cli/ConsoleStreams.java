package vn.dangvu.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standard output and error of a command, in UTF-8 whatever the platform's default (a file or a pipe
 * gets UTF-8, as JSON must be). A Windows console shows text in its own code page (437, 850 or
 * 1258, none with every Vietnamese letter), so while a command runs there the console is switched
 * to UTF-8 (code page 65001, as {@code chcp 65001} does) and switched back on {@link #close}.
 */
public final class ConsoleStreams implements AutoCloseable {

    static final int UTF_8_CODE_PAGE = 65001;

    /** The console's output code page; a stand-in in tests. */
    interface CodePages {
        Optional<Integer> current();

        void use(int codePage);
    }

    private final PrintStream out;
    private final PrintStream err;
    private final CodePages codePages;
    private final Integer previous;

    private ConsoleStreams(PrintStream out, PrintStream err, CodePages codePages, Integer previous) {
        this.out = out;
        this.err = err;
        this.codePages = codePages;
        this.previous = previous;
    }

    /** The process's standard streams, with the console (if any) made to show UTF-8. */
    public static ConsoleStreams open() {
        return open(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.getProperty("os.name", "").startsWith("Windows"), consoleEncoding(), new Chcp());
    }

    /**
     * @param consoleEncoding what the JDK found the standard output to be: the console's code page
     *                        when it is a console, the system's code page or absent when redirected
     */
    static ConsoleStreams open(PrintStream out, PrintStream err, boolean windows, Optional<String> consoleEncoding,
                               CodePages codePages) {
        Integer previous = null;
        if (windows && consoleEncoding.isPresent() && !isUtf8(consoleEncoding.get())) {
            previous = codePages.current().orElse(null);
            if (previous != null && previous != UTF_8_CODE_PAGE) {
                codePages.use(UTF_8_CODE_PAGE);
            } else {
                previous = null;
            }
        }
        return new ConsoleStreams(out, err, codePages, previous);
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Flushes both streams and gives the console back its code page. */
    @Override
    public void close() {
        out.flush();
        err.flush();
        if (previous != null) {
            codePages.use(previous);
        }
    }

    /** stdout.encoding from Java 19 on, sun.stdout.encoding (set for a console only) on Java 17. */
    private static Optional<String> consoleEncoding() {
        return Optional.ofNullable(System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding")));
    }

    private static boolean isUtf8(String encoding) {
        String name = encoding.replace("-", "").toLowerCase(java.util.Locale.ROOT);
        return name.equals("utf8") || name.equals("cp65001");
    }

    /**
     * {@code chcp} run by cmd.exe. The JDK gives a child that inherits standard input the caller's
     * console, so chcp reads and sets the code page of the console the command runs in.
     */
    static final class Chcp implements CodePages {

        private static final Pattern NUMBER = Pattern.compile("(\\d+)\\D*$");

        @Override
        public Optional<Integer> current() {
            try {
                Process chcp = new ProcessBuilder("cmd.exe", "/d", "/c", "chcp")
                        .redirectInput(ProcessBuilder.Redirect.INHERIT)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                byte[] output;
                try (InputStream in = chcp.getInputStream()) {
                    output = in.readAllBytes();
                }
                chcp.waitFor();
                return parse(new String(output, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public void use(int codePage) {
            try {
                new ProcessBuilder("cmd.exe", "/d", "/c", "chcp " + codePage + " >nul")
                        .redirectInput(ProcessBuilder.Redirect.INHERIT)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException e) {
                // the console keeps its code page: letters outside it show as "?", nothing worse
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** "Active code page: 437" in the Windows language, the number last on the line. */
        static Optional<Integer> parse(String output) {
            Matcher number = NUMBER.matcher(output.strip());
            return number.find() ? Optional.of(Integer.parseInt(number.group(1))) : Optional.empty();
        }
    }
}
