package vn.dangvu.cli;

import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.dangvu.logic.ServerSettings;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ServerAddress;
import vn.dangvu.logic.persistence.ServerLoginRefusedException;
import vn.dangvu.logic.persistence.WrongPasswordException;

/**
 * What every command gets: the data folder, the PostgreSQL server if the data is there (else
 * null), the output streams and the environment, where the password of encrypted data is given
 * (never on the command line, where other users could see it): DANGVU_PASSWORD_FILE names a
 * file whose first line is the password, or DANGVU_PASSWORD holds it.
 */
public record CommandContext(Path dataFolder, ServerAddress server, PrintStream out, PrintStream err,
                             Map<String, String> environment) {

    public static final String PASSWORD_FILE = "DANGVU_PASSWORD_FILE";
    public static final String PASSWORD = "DANGVU_PASSWORD";

    public CommandContext(Path dataFolder, PrintStream out, PrintStream err) {
        this(dataFolder, null, out, err, System.getenv());
    }

    /** Whether there is data to read: a server always has (opening the folder would create an empty file). */
    public boolean hasData() {
        return server != null || DataFile.existsIn(dataFolder);
    }

    /** The services on the opened data, for the user running the command. */
    public Services openServices() {
        return services(openDatabase());
    }

    /** The services on data already opened. */
    public Services services(Database database) {
        return Services.on(database, dataFolder);
    }

    public Database openDatabase() {
        if (server != null) {
            return openServer(server);
        }
        try {
            return Database.open(dataFolder, password());
        } catch (WrongPasswordException e) {
            throw new IllegalStateException(e.getMessage() + " Cho mật khẩu qua biến môi trường " + PASSWORD_FILE
                    + " (tên một tệp chứa mật khẩu ở dòng đầu) hoặc " + PASSWORD + ".", e);
        }
    }

    /**
     * On a server that wants a password none was given for (none is kept outside Windows, decision
     * 0026), asks for it at the terminal, without echo; without a terminal, says where to give it.
     */
    private Database openServer(ServerAddress address) {
        try {
            return Database.openServer(dataFolder, address);
        } catch (ServerLoginRefusedException e) {
            Console console = System.console();
            if (!address.password().isEmpty() || console == null) {
                throw new IllegalStateException(e.getMessage() + " Cho mật khẩu qua biến môi trường "
                        + ServerSettings.PASSWORD_ENV + ".", e);
            }
            char[] typed = console.readPassword("Mật khẩu máy chủ dữ liệu %s: ", address);
            if (typed == null || typed.length == 0) {
                throw e;
            }
            return Database.openServer(dataFolder, new ServerAddress(address.url(), address.user(), new String(typed)));
        }
    }

    /** The password from the environment, or null. */
    public String password() {
        String file = environment.get(PASSWORD_FILE);
        if (file != null && !file.isBlank()) {
            try {
                return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Không đọc được tệp mật khẩu " + file + " (" + PASSWORD_FILE + ").", e);
            }
        }
        return environment.get(PASSWORD);
    }
}
