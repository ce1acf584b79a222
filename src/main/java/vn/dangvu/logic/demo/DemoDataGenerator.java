package vn.dangvu.logic.demo;

import java.time.LocalDate;
import vn.dangvu.logic.persistence.Database;

/** Realistic demo data (work in progress by a helper: replaced wholesale). */
public final class DemoDataGenerator {

    private final long seed;

    public DemoDataGenerator(long seed) {
        this.seed = seed;
    }

    public DemoSummary fill(Database database, int members, LocalDate today) {
        throw new UnsupportedOperationException("seed " + seed);
    }
}
