package vn.dangvu.logic.importing;

/** The clerk cancelled while the import was being written: the transaction was rolled back. */
public class ImportCancelled extends ImportRejected {

    private static final long serialVersionUID = 1L;

    public ImportCancelled() {
        super("Đã hủy nhập. Không có gì được ghi vào dữ liệu.");
    }
}
