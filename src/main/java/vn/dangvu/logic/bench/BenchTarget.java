package vn.dangvu.logic.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.ScratchSchemas;
import vn.dangvu.logic.persistence.ServerAddress;

/**
 * Where the benchmark measures (issue 21): the H2 file of a data folder, or a PostgreSQL server
 * (its schema public holds the benchmark's register; each import or merge run gets a schema of its own,
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

    /**
     * New, empty registers, one per run of a measured piece of work (the import, the merges), each
     * opened (and migrated) before the clock starts; on a server each gets a schema of its own.
     */
    EmptyRegisters emptyRegisters(Path scratch, int count) {
        List<Database> databases = new ArrayList<>();
        EmptyRegisters empty = new EmptyRegisters(this, databases);
        try {
            for (int run = 0; run < count; run++) {
                databases.add(emptyRegister(scratch, run));
            }
            return empty;
        } catch (RuntimeException e) {
            empty.close();
            throw e;
        }
    }

    private Database emptyRegister(Path scratch, int run) {
        if (server == null) {
            return Database.open(scratch.resolve("du-lieu-" + run));
        }
        String schema = importSchema(run);
        ScratchSchemas.recreate(server, schema);
        return Database.openServer(scratch.resolve("du-lieu-" + run), server.inSchema(schema));
    }

    /** The registers of {@link #emptyRegisters}, handed out in turn; closing closes and drops them all. */
    static final class EmptyRegisters implements AutoCloseable {
        private final BenchTarget target;
        private final List<Database> databases;
        private int next;

        private EmptyRegisters(BenchTarget target, List<Database> databases) {
            this.target = target;
            this.databases = databases;
        }

        Database next() {
            return databases.get(next++);
        }

        @Override
        public void close() {
            databases.forEach(Database::close);
            if (target.server != null) {
                for (int run = 0; run < databases.size(); run++) {
                    ScratchSchemas.drop(target.server, importSchema(run));
                }
            }
        }
    }

    private static String importSchema(int run) {
        return "dangvu_bench_nhap_" + run;
    }
}
