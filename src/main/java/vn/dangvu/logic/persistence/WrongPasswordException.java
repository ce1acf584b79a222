package vn.dangvu.logic.persistence;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** The data is encrypted and the password given is missing or wrong (sai mật khẩu). */
public final class WrongPasswordException extends RuntimeException {

    private final boolean missing;

    private WrongPasswordException(String message, boolean missing, Throwable cause) {
        super(message, cause);
        this.missing = missing;
    }

    static WrongPasswordException missing() {
        return new WrongPasswordException("Dữ liệu đã được đặt mật khẩu: cần nhập mật khẩu để mở.", true, null);
    }

    static WrongPasswordException wrong(SQLException cause) {
        return new WrongPasswordException("Mật khẩu không đúng.", false, cause);
    }

    /** True when no password was given at all (the login screen asks; the command line explains how to give one). */
    public boolean isMissing() {
        return missing;
    }

    static boolean isWrongPassword(SQLException e) {
        return e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                || e.getErrorCode() == ErrorCode.WRONG_PASSWORD_FORMAT;
    }
}
