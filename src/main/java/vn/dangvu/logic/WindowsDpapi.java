package vn.dangvu.logic;

import com.sun.jna.platform.win32.Crypt32Util;
import com.sun.jna.platform.win32.WinCrypt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The password sealed with the Windows user's DPAPI key (CryptProtectData through JNA's
 * Crypt32Util): only the same user on the same computer can open it. Loaded only on Windows.
 */
final class WindowsDpapi implements PasswordProtection {

    /** Ties the sealed password to this use, so another program's DPAPI data cannot stand in for it. */
    private static final byte[] ENTROPY = "Đảng Vụ: máy chủ dữ liệu".getBytes(StandardCharsets.UTF_8);

    @Override
    public Optional<String> protect(String password) {
        byte[] sealed = Crypt32Util.cryptProtectData(password.getBytes(StandardCharsets.UTF_8), ENTROPY,
                WinCrypt.CRYPTPROTECT_UI_FORBIDDEN, "Đảng Vụ", null);
        return Optional.of(Base64.getEncoder().encodeToString(sealed));
    }

    @Override
    public Optional<String> reveal(String kept) {
        try {
            byte[] opened = Crypt32Util.cryptUnprotectData(Base64.getDecoder().decode(kept), ENTROPY,
                    WinCrypt.CRYPTPROTECT_UI_FORBIDDEN, null);
            return Optional.of(new String(opened, StandardCharsets.UTF_8));
        } catch (RuntimeException e) { // Win32Exception: another user's or computer's key; or not base64
            return Optional.empty();
        }
    }
}
