package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new data file is made in "dang-tao" and moved in; a start killed after the move and before
 * the folder was deleted (CrashTest found it) leaves the folder beside a complete file. The next
 * start opens the file and removes the folder.
 */
class CreationLeftoversTest {

    @TempDir
    Path folder;

    @Test
    void aWorkFolderLeftBesideACompleteFileGoesAtTheNextStart() throws IOException {
        Database.open(folder).close();
        Path work = folder.resolve("dang-tao");
        Files.createDirectories(work);
        Files.writeString(work.resolve("dangvu.trace.db"), "left by a killed start", StandardCharsets.UTF_8);

        try (Database database = Database.open(folder)) {
            assertEquals(SchemaVersions.shipped(), database.file().orElseThrow().schemaVersion().orElseThrow());
        }
        assertTrue(Files.notExists(work), "the work folder is gone");
    }
}
