package vn.dangvu.logic.paper;

import vn.dangvu.logic.persistence.DataFile;
import vn.dangvu.logic.persistence.Database;

/** The store of an open register's papers: its data folder's ho-so/, or the server's table (decision 0022). */
public final class PaperStores {

    private PaperStores() {
    }

    public static PaperStore of(Database database) {
        return database.file().<PaperStore>map(file -> folderOf(database, file))
                .orElseGet(() -> new ServerPaperStore(database));
    }

    /** The data folder's ho-so/, sealed with the file's password while it has one. */
    public static FolderPaperStore folderOf(Database database, DataFile file) {
        return new FolderPaperStore(database.folder().resolve(FolderPaperStore.FOLDER), file::password);
    }
}
