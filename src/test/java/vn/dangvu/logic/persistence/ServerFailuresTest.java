package vn.dangvu.logic.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The first connection's failures in Vietnamese; a missing or wrong password is a refused login (the window then asks). */
class ServerFailuresTest {

    private static final ServerAddress NO_PASSWORD = new ServerAddress("jdbc:postgresql://may-chu/dangvu", "thuky", "");

    @Test
    void aWrongPasswordIsARefusedLogin() {
        ServerAddress address = new ServerAddress("jdbc:postgresql://may-chu/dangvu", "thuky", "sai");
        IllegalStateException failure = ServerFailures.onOpen(address,
                new SQLException("FATAL: password authentication failed for user \"thuky\"", "28P01"));

        assertInstanceOf(ServerLoginRefusedException.class, failure);
        assertEquals("Máy chủ jdbc:postgresql://may-chu/dangvu (thuky) không nhận tên đăng nhập hoặc mật khẩu.",
                failure.getMessage());
    }

    @Test
    void noPasswordWhereTheServerAsksForOneIsARefusedLoginNotAnUnreachableServer() {
        IllegalStateException failure = ServerFailures.onOpen(NO_PASSWORD, new SQLException(
                "The server requested SCRAM-based authentication, but no password was provided.", "08004"));

        assertInstanceOf(ServerLoginRefusedException.class, failure);
        assertEquals("Máy chủ jdbc:postgresql://may-chu/dangvu (thuky) cần mật khẩu.", failure.getMessage());
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSo() {
        IllegalStateException failure = ServerFailures.onOpen(NO_PASSWORD,
                new SQLException("Connection to may-chu:5432 refused.", "08001"));

        assertFalse(failure instanceof ServerLoginRefusedException);
        assertEquals("Không kết nối được máy chủ dữ liệu jdbc:postgresql://may-chu/dangvu (thuky) (máy chủ đã chạy"
                + " chưa, địa chỉ và tên cơ sở dữ liệu đúng chưa?).", failure.getMessage());
    }
}
