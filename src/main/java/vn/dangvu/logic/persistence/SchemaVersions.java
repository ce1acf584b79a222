package vn.dangvu.logic.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Flyway versions of a database's schema ("17", "1.1"), compared as numbers: what a backup's
 * manifest records, and what says a backup (or another office's folder) was made by a newer
 * release than this one.
 */
public final class SchemaVersions {

    public static final Comparator<String> ORDER = SchemaVersions::compare;

    private SchemaVersions() {
    }

    /** The newest migration this release ships (for the H2 file; the server's twins have the same numbers). */
    public static String shipped() {
        return ShippedMigrations.versions(ShippedMigrations.fileNames()).stream().max(ORDER).orElse("0");
    }

    /** Whether a database at {@code version} was made by a newer release than this one. */
    public static boolean newerThanShipped(String version) {
        return compare(version, shipped()) > 0;
    }

    /** The newest migration applied to the database on this connection; empty for a database without any. */
    static Optional<String> applied(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"success\" AND \"version\" IS NOT NULL")) {
            String newest = null;
            while (rows.next()) {
                if (newest == null || compare(rows.getString(1), newest) > 0) {
                    newest = rows.getString(1);
                }
            }
            return Optional.ofNullable(newest);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    static int compare(String a, String b) {
        long[] x = parts(a);
        long[] y = parts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static long[] parts(String version) {
        return Arrays.stream(version.split("\\.")).mapToLong(Long::parseLong).toArray();
    }
}
