package vn.dangvu.logic.paper;

import vn.dangvu.logic.persistence.Database;

/**
 * The papers of a register on a PostgreSQL server (decision 0022): in its paper_content table, so
 * every clerk of the server sees the same papers and the administrator's pg_dump saves them with
 * the records. The server's roles decide who reads them, as for the records.
 */
final class ServerPaperStore implements PaperStore {

    private final Database database;

    ServerPaperStore(Database database) {
        this.database = database;
    }

    @Override
    public boolean put(String contentId, byte[] bytes) {
        return database.write(r -> r.paperContents().insertIfAbsent(contentId, bytes));
    }

    @Override
    public byte[] read(String contentId) {
        byte[] bytes = database.read(r -> r.paperContents().find(contentId))
                .orElseThrow(() -> new MissingPaperException(contentId.substring(0, 12)));
        if (!ContentId.of(bytes).equals(contentId)) {
            throw new DamagedPaperException(contentId.substring(0, 12));
        }
        return bytes;
    }

    @Override
    public boolean has(String contentId) {
        return database.read(r -> r.paperContents().exists(contentId));
    }
}
