package vn.dangvu.logic.persistence;

import java.nio.file.Path;

/** The data file is there but H2 cannot open it (damaged): only a backup can bring the data back. */
public class DataFileUnreadableException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public DataFileUnreadableException(Path folder, Throwable cause) {
        super("Không mở được dữ liệu trong " + folder + ": tệp dữ liệu bị hỏng, không đọc được. (Chi tiết kỹ thuật: "
                + cause.getMessage() + ")", cause);
    }
}
