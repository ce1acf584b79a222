package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Opening a current database skips Flyway; a database that lacks any shipped migration still gets it. */
public class ShippedMigrationsTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "V1__register.sql                      | 1",
        "V1__register.sql V13__probation.sql   | 1 13",
        "V1_1__fix.sql                         | 1.1",
        "V1__register.sql R__views.sql         | ''",
        "V1__register.sql README.txt           | ''",
    })
    void theVersionsAreReadFromTheFileNamesAndAnythingElseLeavesItToFlyway(String files, String versions) {
        Set<String> expected = versions.isEmpty() ? Set.of() : Set.of(versions.split(" "));
        assertEquals(expected, ShippedMigrations.versions(Arrays.asList(files.split(" "))));
    }

    @Test
    void aNewDatabaseIsMigratedAndThenCountsAsCurrent() throws SQLException {
        Database.open(folder).close();
        try (Connection connection = connect()) {
            assertTrue(ShippedMigrations.allApplied(connection));
        }
    }

    @Test
    void aCurrentDatabaseOpensWithoutFlyway() throws SQLException {
        Database.open(folder).close();
        // Flyway would refuse this history (checksum mismatch): the open shows it did not run.
        execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = 0 WHERE \"version\" = '1'");

        Database.open(folder).close();

        assertEquals(List.of("0"), query("SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'"));
    }

    @Test
    void aMissingEarlierMigrationStillRunsThoughALaterOneIsApplied() throws SQLException {
        Database.open(folder).close();
        // As when V12 arrives with a release after V13 was applied (migrations run out of order).
        execute("DROP INDEX member_name_order");
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '12'");
        try (Connection connection = connect()) {
            assertFalse(ShippedMigrations.allApplied(connection));
        }

        Database.open(folder).close();

        assertEquals(List.of("MEMBER_NAME_ORDER"), query("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
                + " WHERE INDEX_NAME = 'MEMBER_NAME_ORDER'"));
        assertEquals(List.of("TRUE"), query("SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '12'"));
    }

    @Test
    void aFailedMigrationIsLeftToFlyway() throws SQLException {
        Database.open(folder).close();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '13'");
        try (Connection connection = connect()) {
            assertFalse(ShippedMigrations.allApplied(connection));
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(DataFile.url(folder, null), "sa", "");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
