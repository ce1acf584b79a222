package vn.dangvu.logic;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ServerAddress;

/**
 * This computer's choice of a PostgreSQL server for the register (máy chủ dữ liệu), kept in
 * may-chu.properties in the user's data folder, which only the user can read: it is needed
 * before any database is open, and each clerk's computer has its own (decision 0015). The password
 * is never written as it is (decision 0026): sealed for this Windows user, or not kept at all.
 */
public final class ServerSettings {

    /** The server's password when neither the command line nor the settings give one. */
    public static final String PASSWORD_ENV = "DANGVU_DB_PASSWORD";

    private static final String FILE = "may-chu.properties";
    private static final String URL = "dia-chi";
    private static final String USER = "ten-dang-nhap";
    /** Written by releases before decision 0026, in plain text: read once, then rewritten without it. */
    private static final String PLAIN_PASSWORD = "mat-khau";
    private static final String SEALED_PASSWORD = "mat-khau-da-khoa";

    private final Path dataFolder;
    private final SettingsFile file;
    private final PasswordProtection protection;

    public ServerSettings(Path dataFolder) {
        this(dataFolder, PasswordProtection.ofThisComputer());
    }

    public ServerSettings(Path dataFolder, PasswordProtection protection) {
        this.dataFolder = dataFolder;
        this.file = new SettingsFile(dataFolder, FILE, "cài đặt máy chủ dữ liệu");
        this.protection = protection;
    }

    /**
     * The server set on this computer, or empty for the data file in the folder. Its password is
     * empty when none is kept, or when the file came from another user or computer.
     */
    public Optional<ServerAddress> load() {
        Properties properties = file.load();
        String url = properties.getProperty(URL, "").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        String plain = properties.getProperty(PLAIN_PASSWORD);
        String sealed = properties.getProperty(SEALED_PASSWORD, "");
        String password = plain != null ? plain : sealed.isEmpty() ? "" : protection.reveal(sealed).orElse("");
        ServerAddress server = new ServerAddress(url, properties.getProperty(USER), password);
        if (plain != null) {
            save(server); // an older file: the plain text goes
        }
        return Optional.of(server);
    }

    /** @param server the server to use from the next start, or null for the data file on this computer */
    public void save(ServerAddress server) {
        Properties properties = new Properties();
        if (server != null) {
            properties.setProperty(URL, server.url());
            properties.setProperty(USER, server.user());
            if (!server.password().isEmpty()) {
                protection.protect(server.password()).ifPresent(sealed -> properties.setProperty(SEALED_PASSWORD, sealed));
            }
        }
        file.save(properties);
    }

    /** Opens the server once (creating or updating its tables), so that a wrong address is said at once. */
    public void check(ServerAddress server) {
        Database.openServer(dataFolder, server).close();
    }

    /**
     * The server of this start: the command line's (--db-url) over this computer's setting; a
     * password from neither comes from {@value #PASSWORD_ENV}. Empty: the data file in the folder.
     *
     * @throws IllegalArgumentException when the address is not a PostgreSQL one
     */
    public static Optional<ServerAddress> choose(Path dataFolder, String url, String user, String password,
                                                 Map<String, String> environment) {
        return new ServerSettings(dataFolder).choose(url, user, password, environment);
    }

    /** {@link #choose(Path, String, String, String, Map)} with this computer's setting. */
    public Optional<ServerAddress> choose(String url, String user, String password, Map<String, String> environment) {
        Optional<ServerAddress> chosen = url != null ? Optional.of(new ServerAddress(url, user, password)) : load();
        String fromEnvironment = environment.get(PASSWORD_ENV);
        if (chosen.isEmpty() || !chosen.get().password().isEmpty() || fromEnvironment == null) {
            return chosen;
        }
        return Optional.of(new ServerAddress(chosen.get().url(), chosen.get().user(), fromEnvironment));
    }
}
