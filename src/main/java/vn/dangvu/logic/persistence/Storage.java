package vn.dangvu.logic.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.conf.Settings;

/**
 * Where a {@link Database}'s connection comes from: the H2 file in the data folder, or a
 * PostgreSQL server shared by several clerks (decision 0015).
 */
abstract sealed class Storage permits DataFile, DataServer {

    /** A read on one connection, without a transaction of its own. */
    abstract <T> T read(Function<DSLContext, T> work);

    /** All of the work in one transaction, or none of it. */
    abstract <T> T write(Function<DSLContext, T> work);

    abstract void close();

    /** What both dialects share: no log line per statement. */
    static Settings settings() {
        return new Settings().withExecuteLogging(false);
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: H2 keeps its file consistent either way.
        }
    }
}
