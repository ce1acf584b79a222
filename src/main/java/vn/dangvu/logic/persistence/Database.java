package vn.dangvu.logic.persistence;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import vn.dangvu.logic.QuietLibraries;

/**
 * The register as every service holds it: units of work (read, write) on the H2 file in a data
 * folder ({@link DataFile}) or on a PostgreSQL server shared by several clerks (decision 0015),
 * its schema brought up to date on open ({@link Migrations}). The file has one connection, used by
 * one thread at a time (the app's single database executor); a server has a small pool of them
 * (decision 0026), so several threads may share one {@code Database} there.
 */
public final class Database implements AutoCloseable {

    static {
        QuietLibraries.install();
    }

    private final Path folder;
    private final Storage storage;
    private final EditSession session;

    private Database(Path folder, Storage storage, EditSession session) {
        this.folder = folder;
        this.storage = storage;
        this.session = session;
    }

    /** Opens (creating if needed) the unencrypted file in the folder and brings its schema up to date. */
    public static Database open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (creating if needed) the file in the folder and brings its schema up to date.
     *
     * @param password the clerk's password when the file is encrypted, else null or empty
     * @throws WrongPasswordException when the file is encrypted and the password is missing or wrong
     */
    public static Database open(Path folder, String password) {
        return opened(folder, DataFile.open(folder, password));
    }

    /**
     * Opens the register on a PostgreSQL server and brings its schema up to date. The data folder
     * still holds this computer's settings and the office's own templates and rule tables.
     */
    public static Database openServer(Path folder, ServerAddress server) {
        return opened(folder, DataServer.open(folder, server));
    }

    /** The data folder's file, or the server's database when one is given. */
    public static Database open(Path folder, String password, ServerAddress server) {
        return server == null ? open(folder, password) : openServer(folder, server);
    }

    private static Database opened(Path folder, Storage storage) {
        Database database = new Database(folder, storage, EditSession.ofSystemUser());
        Migrations.writeMissingSortKeys(database);
        return database;
    }

    /** Who writes through this object, stamped on every line of the change log. */
    public EditSession session() {
        return session;
    }

    /**
     * The same database as another session (a second clerk's window): its changes are not this
     * session's to undo. Shares the connection: close only the original.
     */
    public Database inSession(EditSession other) {
        return new Database(folder, storage, other);
    }

    /** The folder of this computer's settings, backups, templates and rule tables. */
    public Path folder() {
        return folder;
    }

    /** The H2 file holding the data; empty when the data is on a server, whose files are its administrator's. */
    public Optional<DataFile> file() {
        return storage instanceof DataFile file ? Optional.of(file) : Optional.empty();
    }

    /** The server holding the data, empty for the file in the data folder. */
    public Optional<ServerAddress> server() {
        return storage instanceof DataServer server ? Optional.of(server.address()) : Optional.empty();
    }

    /** The engine and its version, as the benchmark names them: "H2 2.4.240", "PostgreSQL 15.14". */
    public String engine() {
        return storage.read(dsl -> dsl.connectionResult(connection -> {
            java.sql.DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion().split(" ")[0];
        }));
    }

    /**
     * Whether the server answers, for the status bar; empty for the file in the data folder.
     */
    public Optional<ServerStatus> serverStatus() {
        return storage instanceof DataServer server ? Optional.of(server.status()) : Optional.empty();
    }

    /**
     * Reads without a transaction of its own, on one connection.
     *
     * @throws ServerUnreachableException when the data is on a server that cannot be reached
     */
    public <T> T read(Function<Repositories, T> work) {
        return storage.read(dsl -> work.apply(new Repositories(dsl, session)));
    }

    /**
     * All of the work or none of it.
     *
     * @throws ServerUnreachableException when the connection to the server is lost (nothing is half-written)
     * @throws ServerRefusedException     when the server refuses the work for another clerk's (nothing is written)
     */
    public <T> T write(Function<Repositories, T> work) {
        return storage.write(dsl -> work.apply(new Repositories(dsl, session)));
    }

    @Override
    public void close() {
        storage.close();
    }
}
