package vn.dangvu.logic.demo;

import java.time.LocalDate;
import vn.dangvu.logic.persistence.Database;

/** Demo data offered at first start. */
public final class DemoService {

    /** Enough for a commune after the 2025 merger to feel real, small enough to load instantly. */
    public static final int FIRST_START_MEMBERS = 600;

    private final Database database;

    public DemoService(Database database) {
        this.database = database;
    }

    public DemoSummary fill(int members) {
        return new DemoDataGenerator(1).fill(database, members, LocalDate.now());
    }
}
