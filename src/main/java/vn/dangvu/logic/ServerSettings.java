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
 * before any database is open, and each clerk's computer has its own (decision 0015).
 */
public final class ServerSettings {

    /** The server's password when neither the command line nor the settings give one. */
    public static final String PASSWORD_ENV = "DANGVU_DB_PASSWORD";

    private static final String FILE = "may-chu.properties";
    private static final String URL = "dia-chi";
    private static final String USER = "ten-dang-nhap";
    private static final String PASSWORD = "mat-khau";

    private final Path dataFolder;
    private final SettingsFile file;

    public ServerSettings(Path dataFolder) {
        this.dataFolder = dataFolder;
        this.file = new SettingsFile(dataFolder, FILE, "cài đặt máy chủ dữ liệu");
    }

    /** The server set on this computer, or empty for the data file in the folder. */
    public Optional<ServerAddress> load() {
        Properties properties = file.load();
        String url = properties.getProperty(URL, "").strip();
        return url.isEmpty() ? Optional.empty() : Optional.of(new ServerAddress(url, properties.getProperty(USER),
                properties.getProperty(PASSWORD)));
    }

    /** @param server the server to use from the next start, or null for the data file on this computer */
    public void save(ServerAddress server) {
        Properties properties = new Properties();
        if (server != null) {
            properties.setProperty(URL, server.url());
            properties.setProperty(USER, server.user());
            properties.setProperty(PASSWORD, server.password());
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
        Optional<ServerAddress> chosen = url != null ? Optional.of(new ServerAddress(url, user, password))
                : new ServerSettings(dataFolder).load();
        String fromEnvironment = environment.get(PASSWORD_ENV);
        if (chosen.isEmpty() || !chosen.get().password().isEmpty() || fromEnvironment == null) {
            return chosen;
        }
        return Optional.of(new ServerAddress(chosen.get().url(), chosen.get().user(), fromEnvironment));
    }
}
