package vn.dangvu.logic.persistence;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * PostgreSQL's own {@code pg_dump} and {@code pg_restore} on this computer, for backups of a
 * server (decision 0026): found on the PATH or where PostgreSQL's installers put them, newest
 * version first. The password goes to them in the environment, never on a command line.
 */
public record PgTools(Path pgDump, Path pgRestore) {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("win");
    private static final String EXE = WINDOWS ? ".exe" : "";

    /** Where pg_dump is looked for, in words for the clerk when it is not found. */
    public static final String WHERE = "trong PATH, " + (WINDOWS ? "C:\\Program Files\\PostgreSQL\\…\\bin"
            : "/usr/lib/postgresql/…/bin");

    /** The tools in the first folder that has both, or empty when this computer has none. */
    public static Optional<PgTools> find() {
        return candidates().stream()
                .filter(folder -> Files.isExecutable(folder.resolve("pg_dump" + EXE))
                        && Files.isExecutable(folder.resolve("pg_restore" + EXE)))
                .findFirst()
                .map(folder -> new PgTools(folder.resolve("pg_dump" + EXE), folder.resolve("pg_restore" + EXE)));
    }

    private static List<Path> candidates() {
        List<Path> folders = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    folders.add(Path.of(entry.strip()));
                }
            }
        }
        Path installs = WINDOWS ? Path.of(System.getenv().getOrDefault("ProgramFiles", "C:\\Program Files"), "PostgreSQL")
                : Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(installs)) {
            try (Stream<Path> versions = Files.list(installs)) {
                versions.sorted(Comparator.comparing(PgTools::majorVersion).reversed())
                        .forEach(version -> folders.add(version.resolve("bin")));
            } catch (IOException ignored) {
                // an unreadable folder holds no tools we can run
            }
        }
        return folders;
    }

    private static int majorVersion(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString().split("\\.")[0]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Runs pg_dump with the arguments; the server's address and login come from {@code server}. */
    void dump(ServerAddress server, List<String> arguments) {
        run(pgDump, server, arguments, "pg_dump");
    }

    void restore(ServerAddress server, List<String> arguments) {
        run(pgRestore, server, arguments, "pg_restore");
    }

    private static void run(Path tool, ServerAddress server, List<String> arguments, String name) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("PGCONNECT_TIMEOUT", "10");
        environment.put("PGCLIENTENCODING", "UTF8");
        environment.put("LC_MESSAGES", "C"); // its messages in English, which failure() recognises
        if (!server.user().isEmpty()) {
            environment.put("PGUSER", server.user());
        }
        if (!server.password().isEmpty()) {
            environment.put("PGPASSWORD", server.password());
        }
        String output;
        int exit;
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            output = new String(process.getInputStream().readAllBytes(), Charset.defaultCharset()).strip();
            exit = process.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Không chạy được " + tool + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " bị dừng giữa chừng.", e);
        }
        if (exit != 0) {
            throw new IllegalStateException(failure(name, output));
        }
    }

    /** What went wrong in Vietnamese; the tool's own last line follows for the administrator. */
    private static String failure(String name, String output) {
        String[] lines = output.split("\\R");
        String last = lines[lines.length - 1];
        String said = output.contains("server version mismatch") || output.contains("unsupported version")
                ? name + " trên máy này cũ hơn máy chủ PostgreSQL; hãy cài công cụ PostgreSQL cùng phiên bản máy chủ"
                        + " hoặc mới hơn."
                : output.contains("could not connect") || output.contains("connection to server")
                ? name + " không kết nối được máy chủ dữ liệu."
                : output.contains("permission denied")
                ? "Tài khoản PostgreSQL này không được đọc hết dữ liệu để " + name + "."
                : name + " báo lỗi và không làm xong.";
        return said + " Chi tiết cho người quản trị: " + last;
    }
}
