package vn.dangvu.ui;

import vn.dangvu.logic.persistence.Database;

/** An {@link AppContext} on a real database with the shipped rule tables, for screen tests. */
public final class TestContexts {

    private TestContexts() {
    }

    public static AppContext of(Database database, Background background, DialogService dialogs) {
        return AppContext.on(database, background, dialogs, "thư ký");
    }
}
