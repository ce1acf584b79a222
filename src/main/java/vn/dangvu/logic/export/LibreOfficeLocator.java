package vn.dangvu.logic.export;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where LibreOffice's {@code soffice} is. On Windows it is not on the PATH: its installer records
 * the program folder in the registry (64-bit, 32-bit and per-user keys), and it usually sits in
 * Program Files; elsewhere it is on the PATH.
 */
final class LibreOfficeLocator {

    /** The keys whose default value is LibreOffice's program folder, in the order they are asked. */
    static final List<String> KEYS = List.of(
            "HKLM\\SOFTWARE\\LibreOffice\\UNO\\InstallPath",
            "HKLM\\SOFTWARE\\WOW6432Node\\LibreOffice\\UNO\\InstallPath",
            "HKCU\\SOFTWARE\\LibreOffice\\UNO\\InstallPath");

    /** Reads the Windows registry; behind an interface so the lookup is tested anywhere. */
    interface Registry {
        /** The default value of the key, empty when the key or the value does not exist. */
        Optional<String> defaultValue(String key);
    }

    private final Registry registry;
    private final Map<String, String> environment;
    private final Predicate<Path> executable;
    private final boolean windows;

    LibreOfficeLocator(Registry registry, Map<String, String> environment, Predicate<Path> executable,
                       boolean windows) {
        this.registry = registry;
        this.environment = environment;
        this.executable = executable;
        this.windows = windows;
    }

    static LibreOfficeLocator ofThisComputer() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return new LibreOfficeLocator(new RegExe(), System.getenv(), Files::isExecutable, windows);
    }

    Optional<Path> find() {
        return candidates().stream().filter(executable).findFirst();
    }

    private List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        if (windows) {
            for (String key : KEYS) {
                registry.defaultValue(key).flatMap(folder -> path(folder, "soffice.exe")).ifPresent(candidates::add);
            }
            for (String programs : List.of("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")) {
                String folder = environment.get(programs);
                if (folder != null) {
                    path(folder, "LibreOffice", "program", "soffice.exe").ifPresent(candidates::add);
                }
            }
        }
        // System.getenv() ignores the case of names on Windows, where the variable is "Path".
        for (String folder : environment.getOrDefault("PATH", "").split(windows ? ";" : File.pathSeparator)) {
            if (!folder.isBlank()) {
                path(folder.strip(), windows ? "soffice.exe" : "soffice").ifPresent(candidates::add);
            }
        }
        return candidates;
    }

    /** A registry value or a PATH entry may hold anything: what is not a path is skipped. */
    private static Optional<Path> path(String first, String... more) {
        try {
            return Optional.of(Path.of(first.strip(), more));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The registry through {@code reg query KEY /ve}, which every Windows has: no native code. Its
     * line is "    (Default)    REG_SZ    C:\Program Files\LibreOffice\program" (the label is in the
     * Windows language). Read in the system's code page: a program folder outside it comes out
     * garbled, is not found, and Program Files is looked at next.
     */
    static final class RegExe implements Registry {

        private static final Pattern VALUE = Pattern.compile("\\sREG_(?:EXPAND_)?SZ\\s+(.+)$");

        @Override
        public Optional<String> defaultValue(String key) {
            try {
                Process reg = new ProcessBuilder("reg", "query", key, "/ve").redirectErrorStream(true).start();
                byte[] output;
                try (InputStream in = reg.getInputStream()) {
                    output = in.readAllBytes();
                }
                if (!reg.waitFor(10, TimeUnit.SECONDS) || reg.exitValue() != 0) {
                    reg.destroyForcibly();
                    return Optional.empty();
                }
                return parse(new String(output, nativeCharset()));
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        static Optional<String> parse(String output) {
            for (String line : output.split("\\R")) {
                Matcher value = VALUE.matcher(line.stripTrailing());
                if (value.find()) {
                    return Optional.of(value.group(1).strip());
                }
            }
            return Optional.empty();
        }

        private static Charset nativeCharset() {
            try {
                return Charset.forName(System.getProperty("native.encoding", "UTF-8"));
            } catch (RuntimeException e) {
                return Charset.defaultCharset();
            }
        }
    }
}
