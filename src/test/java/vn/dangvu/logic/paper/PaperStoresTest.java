package vn.dangvu.logic.paper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.TestDatabase;

/**
 * The store of an open register: the data folder's ho-so/ for the H2 file, the server's
 * paper_content table on PostgreSQL, where every clerk of the server reads the same papers.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PaperStoresTest {

    @Parameter
    TestDatabase kind;

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() {
        database = kind.fresh(folder.resolve("may-1"));
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void bytesAreKeptOnceAndReadBackChecked() {
        PaperStore store = PaperStores.of(database);
        byte[] scan = SamplePapers.jpeg("Ly lich", 1);
        String id = ContentId.of(scan);
        assertFalse(store.has(id));
        assertTrue(store.put(id, scan));
        assertFalse(store.put(id, scan), "the same bytes again are not kept twice");
        assertArrayEquals(scan, store.read(id));
        if (kind == TestDatabase.POSTGRESQL) {
            assertFalse(Files.exists(folder.resolve("may-1").resolve(FolderPaperStore.FOLDER)),
                    "on a server nothing is written to this computer's folder");
            try (Database second = kind.reopen(folder.resolve("may-2"))) {
                assertArrayEquals(scan, PaperStores.of(second).read(id), "another clerk of the server reads it");
            }
        } else {
            assertInstanceOf(FolderPaperStore.class, store);
            boolean inTheFile = database.read(r -> r.paperContents().exists(id));
            assertFalse(inTheFile, "the H2 file stays small");
        }
    }
}
