package vn.dangvu.logic.persistence;

import java.nio.file.Path;

/** Another Đảng Vụ (H2 error 90020) already has the data folder open. */
public class DataFolderInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataFolderInUseException(Path folder, Throwable cause) {
        super("Dữ liệu trong thư mục " + folder + " đang được một cửa sổ Đảng Vụ khác mở. "
                + "Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại. Không có gì bị thay đổi.", cause);
    }
}
