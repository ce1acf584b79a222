package vn.dangvu.logic.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database's schema up to date on open: Flyway runs the migrations both databases share,
 * then those of each database's own folder (decision 0015). An existing H2 file is backed up before
 * its first migration and opened again after; an upgrade cut off midway is undone at the next start
 * ({@link UnfinishedUpgrade}) and runs again.
 */
final class Migrations {

    private static final String COMMON = "classpath:db/migration/common";

    private Migrations() {
    }

    /**
     * @param existed whether the file was there before this open (a new one has nothing to back up
     *                or compact)
     */
    static void onFile(DataFile file, boolean existed) {
        if (ShippedMigrations.allApplied(file.connection())) { // Flyway's scan and validation would cost more than the open
            return;
        }
        int executed;
        try {
            executed = migrate(Flyway.configure().dataSource(file.dataSource())
                    .callbacks(new BackupBeforeMigration(file.folder(), existed)), "h2");
        } catch (FlywayException e) {
            throw new IllegalStateException("Không cập nhật được cấu trúc dữ liệu trong " + file.folder() + ": "
                    + e.getMessage(), e);
        }
        if (executed == 0) {
            UnfinishedUpgrade.finish(file.folder());
            return;
        }
        // H2 2.4 evaluates CHECK constraints created in the same session of the database wrongly
        // ("Check constraint invalid", H2 #4291/#4308) until it is reopened: close and reopen it.
        // An existing file is compacted on the way: a migration that rebuilds indexes leaves it
        // up to twice its size (100 → 179 MB for 100,000 members), and every backup with it.
        if (existed) {
            file.compactAndReopen();
        } else {
            file.reopen();
        }
        UnfinishedUpgrade.finish(file.folder());
    }

    static void onServer(DataSource source, ServerAddress server) {
        try {
            migrate(Flyway.configure().dataSource(source), "postgresql");
        } catch (FlywayException e) {
            throw new IllegalStateException("Không cập nhật được cấu trúc dữ liệu trên máy chủ " + server + ": "
                    + e.getMessage(), e);
        }
    }

    /** Keys of the register's order written where missing (rows from before V14; an interrupted first open). */
    static void writeMissingSortKeys(Database database) {
        int filled = database.write(repositories -> repositories.members().fillMissingSortKeys());
        if (filled >= 1000) {
            // Rewriting every row once leaves the file several times its size (1.2 GB for 100,000 members).
            database.file().ifPresent(DataFile::compactAndReopen);
        }
    }

    private static int migrate(FluentConfiguration flyway, String vendor) {
        // Out of order: features are built in parallel, so a data folder may already hold a
        // later-numbered migration when an earlier-numbered one arrives with the next release.
        return flyway.outOfOrder(true).locations(COMMON, "classpath:db/migration/" + vendor)
                .loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").load().migrate()
                .migrationsExecuted;
    }
}
