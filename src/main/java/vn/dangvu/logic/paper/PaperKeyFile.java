package vn.dangvu.logic.paper;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * khoa.properties in a paper store: the papers' key, wrapped by the password. The wrapping key is
 * derived from the password by PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} rounds, random salt) and
 * wraps with AES-256-GCM, so a wrong password fails the check instead of giving a wrong key.
 * During a password change the file holds a wrapping for each of the two passwords, so a crash
 * between the database's rewrite and this file's leaves the papers readable with either.
 */
final class PaperKeyFile {

    static final String NAME = "khoa.properties";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0,3 s once when the data opens (docs/benchmarks.md). */
    static final int ITERATIONS = 600_000;
    private static final int SALT = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Wrapping(byte[] salt, int iterations, byte[] wrapped) {
    }

    private PaperKeyFile() {
    }

    static boolean existsIn(Path store) {
        return Files.isRegularFile(store.resolve(NAME));
    }

    /**
     * The key the password unwraps, empty when the store has no key file.
     *
     * @throws IllegalStateException when no wrapping opens with the password
     */
    static Optional<PaperKey> open(Path store, String password) {
        if (!existsIn(store)) {
            return Optional.empty();
        }
        for (Wrapping wrapping : read(store)) {
            try {
                return Optional.of(PaperKey.of(wrappingKey(password, wrapping.salt(), wrapping.iterations())
                        .open(NAME, wrapping.wrapped())));
            } catch (DamagedPaperException wrongPassword) {
                // the other wrapping, during a password change
            }
        }
        throw new IllegalStateException("Mật khẩu không mở được khóa của giấy tờ trong " + store
                + " (tệp " + NAME + "). Giấy tờ chưa được đọc.");
    }

    /** Writes the file with the key wrapped by each password, replacing what was there. */
    static void write(Path store, PaperKey key, List<String> passwords) {
        Properties properties = new Properties();
        properties.setProperty("phien-ban", "1");
        properties.setProperty("cach-boc", "PBKDF2WithHmacSHA256, AES/GCM/NoPadding");
        int n = 0;
        for (String password : passwords) {
            byte[] salt = new byte[SALT];
            RANDOM.nextBytes(salt);
            byte[] wrapped = wrappingKey(password, salt, ITERATIONS).seal(NAME, key.raw());
            n++;
            properties.setProperty("khoa." + n + ".muoi", Base64.getEncoder().encodeToString(salt));
            properties.setProperty("khoa." + n + ".vong", Integer.toString(ITERATIONS));
            properties.setProperty("khoa." + n + ".boc", Base64.getEncoder().encodeToString(wrapped));
        }
        try {
            Files.createDirectories(store);
            Path pending = store.resolve(NAME + ".dang-ghi");
            try (Writer out = Files.newBufferedWriter(pending, StandardCharsets.UTF_8)) {
                properties.store(out, "Khoa giay to cua Dang Vu, boc bang mat khau (decision 0022). Khong sua tay.");
            }
            Files.move(pending, store.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Không ghi được khóa giấy tờ trong " + store + ": " + e.getMessage(), e);
        }
    }

    private static List<Wrapping> read(Path store) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(store.resolve(NAME), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được khóa giấy tờ " + store.resolve(NAME) + ": " + e.getMessage(), e);
        }
        List<Wrapping> wrappings = new ArrayList<>();
        try {
            for (int n = 1; properties.containsKey("khoa." + n + ".boc"); n++) {
                wrappings.add(new Wrapping(Base64.getDecoder().decode(properties.getProperty("khoa." + n + ".muoi")),
                        Integer.parseInt(properties.getProperty("khoa." + n + ".vong")),
                        Base64.getDecoder().decode(properties.getProperty("khoa." + n + ".boc"))));
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("Tệp khóa giấy tờ " + store.resolve(NAME) + " bị hỏng.", e);
        }
        return wrappings;
    }

    private static PaperKey wrappingKey(String password, byte[] salt, int iterations) {
        try {
            KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, PaperKey.BYTES * 8);
            return PaperKey.of(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
