package vn.dangvu.logic.importing;

import vn.dangvu.logic.RecordRejected;

/** The whole file or the whole import is refused (not a workbook, password, data changed...); nothing was written. */
public class ImportRejected extends RecordRejected {

    private static final long serialVersionUID = 1L;

    public ImportRejected(String message) {
        super(null, message);
    }
}
