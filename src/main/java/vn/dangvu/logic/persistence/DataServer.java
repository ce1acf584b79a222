package vn.dangvu.logic.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.conf.RenderNameCase;
import org.jooq.impl.DSL;

/**
 * The register on a PostgreSQL server (máy chủ dữ liệu, decisions 0015 and 0026): a small pool of
 * connections that checks a connection before handing it out, so that after the server restarts
 * the next unit of work gets a new one. Each unit of work runs on one connection; a failure of the
 * connection is reported in Vietnamese ({@link ServerFailures}) and in {@link #status()}, which a
 * probe every few seconds keeps true while nobody works.
 */
final class DataServer extends Storage {

    /** How long an action waits for a connection before it says the server cannot be reached. */
    static final long CONNECTION_TIMEOUT_MILLIS = 5_000;
    private static final long PROBE_EVERY_SECONDS = 5;
    /** A window, its probe, and a command or two of the same user at once. */
    private static final int POOL_SIZE = 4;

    private final ServerAddress address;
    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final ServerStatus status = new ServerStatus();
    private final ScheduledExecutorService probe;

    private DataServer(ServerAddress address, HikariDataSource pool) {
        this.address = address;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.POSTGRES, serverSettings());
        this.probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dangvu-server-probe");
            thread.setDaemon(true);
            return thread;
        });
        probe.scheduleWithFixedDelay(this::probe, PROBE_EVERY_SECONDS, PROBE_EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * The jOOQ classes are generated from H2, whose unquoted names are upper case; PostgreSQL
     * folds them to lower case, so the same quoted names are rendered in lower case there.
     */
    private static Settings serverSettings() {
        return settings().withRenderNameCase(RenderNameCase.LOWER);
    }

    /**
     * Connects to the server and brings its schema up to date. The data folder still holds this
     * computer's settings and the office's own templates and rule tables.
     */
    static DataServer open(Path folder, ServerAddress address) {
        FolderPermissions.createPrivate(folder);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(address)); // connects once, and says why it could not
        } catch (HikariPool.PoolInitializationException e) {
            throw ServerFailures.onOpen(address, e.getCause() instanceof SQLException sql ? sql : new SQLException(e));
        }
        try {
            Migrations.onServer(pool, address);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new DataServer(address, pool);
    }

    ServerAddress address() {
        return address;
    }

    ServerStatus status() {
        return status;
    }

    @Override
    <T> T read(Function<DSLContext, T> work) {
        try {
            T result = dsl.connectionResult(connection -> work.apply(DSL.using(connection, SQLDialect.POSTGRES,
                    serverSettings())));
            status.reached();
            return result;
        } catch (RuntimeException e) {
            throw failed(e, ServerFailures.Stage.READING);
        }
    }

    @Override
    <T> T write(Function<DSLContext, T> work) {
        boolean[] workDone = {false};
        try {
            T result = dsl.transactionResult(configuration -> {
                T done = work.apply(configuration.dsl());
                workDone[0] = true;
                return done;
            });
            status.reached();
            return result;
        } catch (RuntimeException e) {
            throw failed(e, workDone[0] ? ServerFailures.Stage.COMMITTING : ServerFailures.Stage.WRITING);
        }
    }

    private RuntimeException failed(RuntimeException e, ServerFailures.Stage stage) {
        RuntimeException translated = ServerFailures.translate(e, address, stage);
        if (translated instanceof ServerUnreachableException) {
            status.lost();
        }
        return translated;
    }

    /** A connection taken from the pool (checked by it) and given back: whether the server answers now. */
    private void probe() {
        try (Connection connection = pool.getConnection()) {
            if (connection.isValid(2)) {
                status.reached();
            } else {
                status.lost();
            }
        } catch (SQLException | RuntimeException e) {
            status.lost();
        }
    }

    @Override
    void close() {
        probe.shutdownNow();
        pool.close();
    }

    private static HikariConfig config(ServerAddress address) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("dangvu");
        config.setJdbcUrl(address.url());
        if (!address.user().isEmpty()) {
            config.setUsername(address.user());
        }
        if (!address.password().isEmpty()) {
            config.setPassword(address.password());
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setValidationTimeout(2_000);
        // Connections are checked when handed out (JDBC isValid), and idle ones every few minutes,
        // so a server restart or a dropped network costs one failed action at most, never a reopen.
        config.setKeepaliveTime(120_000);
        config.setAutoCommit(true);
        return config;
    }
}
