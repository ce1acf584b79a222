package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations shared by H2 and PostgreSQL (decision 0015). */
class MigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * Flyway's checksums of the migrations applied to the clerks' H2 files, as the releases wrote
     * them: a changed script would stop every existing data folder from opening.
     */
    private static final Map<String, Integer> APPLIED_CHECKSUMS = Map.ofEntries(
            Map.entry("1", 1815495069), Map.entry("2", 468921223), Map.entry("4", -179642526),
            Map.entry("5", -2065523117), Map.entry("6", -1373671517), Map.entry("7", -320337070),
            Map.entry("8", 1957507129), Map.entry("9", -26830430), Map.entry("11", -2062297935),
            Map.entry("12", -1810661547), Map.entry("13", 1745278700));

    @TempDir
    Path folder;

    @Test
    void theH2ScriptsOfEarlierReleasesAreUnchangedSoExistingDataFoldersStillOpen() {
        Database.open(folder).close();
        Map<String, Integer> applied = new TreeMap<>();
        for (MigrationInfo migration : Flyway.configure().dataSource(DataFile.url(folder, null), "sa", "").locations("classpath:db/migration/common",
                "classpath:db/migration/h2").load().info().applied()) {
            String version = migration.getVersion().getVersion();
            if (APPLIED_CHECKSUMS.containsKey(version)) {
                applied.put(version, migration.getChecksum());
            }
        }
        assertEquals(new TreeMap<>(APPLIED_CHECKSUMS), applied);
    }

    @Test
    void everyMigrationOnlyForH2HasItsPostgresqlTwinAndTheOtherWayRound() throws IOException {
        assertEquals(names("h2"), names("postgresql"));
    }

    private static String names(String vendor) throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS.resolve(vendor))) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.joining(", "));
        }
    }
}
