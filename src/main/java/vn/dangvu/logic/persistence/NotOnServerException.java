package vn.dangvu.logic.persistence;

/** A feature of the data file on this computer, asked for while the data is on a PostgreSQL server. */
public final class NotOnServerException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private NotOnServerException(String message) {
        super(message);
    }

    public static NotOnServerException backups() {
        return new NotOnServerException("Dữ liệu đang ở máy chủ PostgreSQL: Đảng Vụ chỉ sao lưu và phục hồi tệp dữ"
                + " liệu trên máy này. Người quản trị máy chủ sao lưu bằng pg_dump (ví dụ: pg_dump -Fc -f dangvu.dump"
                + " tên-cơ-sở-dữ-liệu) và phục hồi bằng pg_restore.");
    }

    public static NotOnServerException password() {
        return new NotOnServerException("Dữ liệu đang ở máy chủ PostgreSQL: mật khẩu mã hóa chỉ dùng cho tệp dữ liệu"
                + " trên máy này. Trên máy chủ, ai được mở dữ liệu do tài khoản PostgreSQL quyết định.");
    }
}
