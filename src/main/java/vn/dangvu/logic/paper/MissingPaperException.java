package vn.dangvu.logic.paper;

/** A paper the records name whose file is not in the store (a folder copied without its ho-so/). */
public final class MissingPaperException extends RuntimeException {

    public MissingPaperException(String what) {
        super("Không tìm thấy tệp giấy tờ " + what + " trong thư mục hồ sơ; hãy lấy lại từ bản sao lưu.");
    }
}
