package vn.dangvu.logic.persistence;

/** A feature of the data file on this computer, asked for while the data is on a PostgreSQL server. */
public final class NotOnServerException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private NotOnServerException(String message) {
        super(message);
    }

    /** How a server's backup is restored: by its administrator, never over the clerks' shared data from one window. */
    public static final String RESTORE_ON_SERVER = "Người quản trị máy chủ phục hồi nó bằng pg_restore: lấy tệp"
            + " dangvu.dump trong tệp .zip rồi chạy pg_restore --clean --if-exists -d tên-cơ-sở-dữ-liệu dangvu.dump.";

    public static NotOnServerException backups() {
        return new NotOnServerException("Dữ liệu đang ở máy chủ PostgreSQL, dùng chung cho nhiều người: Đảng Vụ không"
                + " phục hồi đè lên dữ liệu đó từ một máy. " + RESTORE_ON_SERVER);
    }

    public static NotOnServerException password() {
        return new NotOnServerException("Dữ liệu đang ở máy chủ PostgreSQL: mật khẩu mã hóa chỉ dùng cho tệp dữ liệu"
                + " trên máy này. Trên máy chủ, ai được mở dữ liệu do tài khoản PostgreSQL quyết định.");
    }
}
