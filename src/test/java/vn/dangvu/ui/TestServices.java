package vn.dangvu.ui;

import java.time.Clock;
import vn.dangvu.logic.Services;
import vn.dangvu.logic.persistence.Database;

/** The services on a real database with the shipped rule tables, for screen tests. */
public final class TestServices {

    /** Who the screens under test record as the author of their changes. */
    public static final String USER = "thư ký";

    private TestServices() {
    }

    public static Services on(Database database) {
        return Services.on(database, null, Clock.systemDefaultZone(), USER);
    }
}
