package vn.dangvu.logic.bench;

import java.nio.file.Path;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ScratchSchemas;
import vn.dangvu.logic.persistence.ServerAddress;

/**
 * Where the benchmark measures (issue 21): the H2 file of a data folder, or a PostgreSQL server
 * (its schema public holds the benchmark's register; each import run gets a schema of its own,
 * made and dropped by the benchmark: give it a database nobody else uses).
 *
 * @param server null for the H2 file in {@code folder}
 */
public record BenchTarget(Path folder, ServerAddress server) {

    Database open() {
        return Database.open(folder, null, server);
    }

    boolean exists() {
        return server != null || DataFile.existsIn(folder);
    }

    /** A new, empty register for the {@code run}-th import, opened (and migrated) here. */
    Database emptyForImport(Path scratch, int run) {
        if (server == null) {
            return Database.open(scratch.resolve("du-lieu-" + run));
        }
        String schema = importSchema(run);
        ScratchSchemas.recreate(server, schema);
        return Database.openServer(scratch.resolve("du-lieu-" + run), server.inSchema(schema));
    }

    void dropImportSchemas(int runs) {
        if (server != null) {
            for (int run = 0; run < runs; run++) {
                ScratchSchemas.drop(server, importSchema(run));
            }
        }
    }

    private static String importSchema(int run) {
        return "dangvu_bench_nhap_" + run;
    }
}
