package vn.dangvu.logic.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * What a failure of a unit of work on the server means for the clerk, in Vietnamese: the server
 * cannot be reached, another clerk's work stood in the way, or the server refused it. PostgreSQL
 * rolls back a transaction whose connection is lost, so nothing is ever half-written; only a loss
 * during the commit itself leaves it unknown whether the work was kept. Exceptions that are not
 * about SQL (the app's own refusals) pass through unchanged.
 */
final class ServerFailures {

    /** Where the unit of work was when it failed. */
    enum Stage { READING, WRITING, COMMITTING }

    private ServerFailures() {
    }

    static RuntimeException translate(RuntimeException failure, ServerAddress address, Stage stage) {
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return failure;
        }
        String state = String.valueOf(sql.getSQLState());
        if (lostConnection(sql, state)) {
            return new ServerUnreachableException(unreachable(address, stage), failure);
        }
        String nothingSaved = stage == Stage.READING ? "" : " Không có gì được lưu; hãy thử lại.";
        if (state.equals("40P01") || state.equals("40001") || state.equals("55P03")) {
            return new ServerRefusedException("Máy chủ dữ liệu đã dừng việc này vì một người khác đang sửa đúng"
                    + " những hồ sơ đó cùng lúc." + nothingSaved, failure);
        }
        if (state.equals("23505")) {
            return new ServerRefusedException("Một người khác vừa ghi cùng số thẻ đảng viên, số CCCD hoặc cùng một"
                    + " mục đó trước bạn." + nothingSaved + " Hãy xem lại dữ liệu mới nhất.", failure);
        }
        if (state.equals("23503")) {
            return new ServerRefusedException("Một mục mà việc này cần vừa bị xóa hoặc chưa có trên máy chủ."
                    + nothingSaved, failure);
        }
        return new ServerRefusedException("Máy chủ dữ liệu " + address + " không "
                + (stage == Stage.READING ? "đọc" : "ghi") + " được (mã lỗi PostgreSQL " + state + ")."
                + nothingSaved, failure);
    }

    /** The first connection: the address, the name or the password is wrong, or the server is down. */
    static IllegalStateException onOpen(ServerAddress address, SQLException e) {
        if (String.valueOf(e.getSQLState()).startsWith("28")) { // invalid authorization
            return new ServerLoginRefusedException("Máy chủ " + address + " không nhận tên đăng nhập hoặc mật khẩu.", e);
        }
        if ("3D000".equals(e.getSQLState())) {
            return new IllegalStateException("Máy chủ " + address + " không có cơ sở dữ liệu này; hãy xem lại tên"
                    + " cơ sở dữ liệu trong địa chỉ.", e);
        }
        return new IllegalStateException("Không kết nối được máy chủ dữ liệu " + address
                + " (máy chủ đã chạy chưa, địa chỉ và tên cơ sở dữ liệu đúng chưa?).", e);
    }

    private static String unreachable(ServerAddress address, Stage stage) {
        String server = "máy chủ dữ liệu " + address;
        return switch (stage) {
            case READING -> "Không kết nối được " + server + ". Đảng Vụ tự kết nối lại khi máy chủ hoạt động trở"
                    + " lại (thanh trạng thái báo); khi đó hãy làm lại.";
            case WRITING -> "Mất kết nối với " + server + " trong khi lưu: việc này chưa được lưu, không có gì bị"
                    + " ghi dở dang. Hãy làm lại khi thanh trạng thái báo đã kết nối lại.";
            case COMMITTING -> "Mất kết nối với " + server + " đúng lúc lưu: không có gì bị ghi dở dang, nhưng"
                    + " chưa biết việc này đã được lưu hay chưa. Khi đã kết nối lại, hãy mở lại để xem trước khi"
                    + " làm lại.";
        };
    }

    /** Connection exceptions (08…), the server shutting down or starting (57P0…), the pool timing out. */
    private static boolean lostConnection(SQLException sql, String state) {
        return sql instanceof SQLTransientConnectionException || state.startsWith("08") || state.startsWith("57P0");
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
