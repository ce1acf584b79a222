package vn.dangvu.logic.paper;

/**
 * Where the bytes of papers are kept, each once under its content id (the hex SHA-256 of the
 * bytes): a folder of the data folder ({@link FolderPaperStore}) or the server's database
 * ({@link ServerPaperStore}). Call from the task runner.
 */
public interface PaperStore {

    /** Keeps the bytes unless the same bytes are kept already; true when they were new. */
    boolean put(String contentId, byte[] bytes);

    /** The bytes, checked against their id; {@link DamagedPaperException} when they changed. */
    byte[] read(String contentId);

    boolean has(String contentId);
}
