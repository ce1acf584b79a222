package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0029: the data file keeps a 64 MB page cache (the register's and the statistics'
 * indexes of 100,000 members); a former unit's backup, read through once in a merge, keeps H2's
 * 16 MB beside it.
 */
class PageCacheTest {

    @TempDir
    Path folder;

    @Test
    void theDataFileHasA64MbCacheAndABackupBeingMergedH2s16Mb() throws SQLException {
        try (Database here = Database.open(folder.resolve("du-lieu"))) {
            assertEquals(64, cacheMb(here));
        }
        Database.open(folder.resolve("xa-cu")).close();
        try (Database formerUnit = DataFile.openIfNotNewer(folder.resolve("xa-cu"), null)) {
            assertEquals(16, cacheMb(formerUnit));
        }
    }

    private static int cacheMb(Database database) throws SQLException {
        try (Statement statement = database.file().orElseThrow().connection().createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            row.next();
            return Integer.parseInt(row.getString(1));
        }
    }
}
