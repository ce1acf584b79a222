package vn.dangvu.logic.paper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The random key of a data folder's papers (decision 0022): AES-256-GCM for their bytes, and a
 * keyed hash (HMAC-SHA256) for their file names, so a name tells nothing about the paper (a plain
 * SHA-256 would let anyone holding a known scan see it is there). The key itself is kept wrapped
 * by the password ({@link PaperKeyFile}): changing the password rewraps it, the papers stay.
 */
final class PaperKey {

    static final int BYTES = 32;
    /** "DVP1": a sealed paper's first bytes. */
    private static final byte[] MAGIC = {'D', 'V', 'P', '1'};
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] raw;
    private final SecretKeySpec sealing;
    private final byte[] naming;

    private PaperKey(byte[] raw) {
        this.raw = raw.clone();
        this.sealing = new SecretKeySpec(hmac(raw, "dangvu-ho-so:ma-hoa".getBytes(StandardCharsets.US_ASCII)), "AES");
        this.naming = hmac(raw, "dangvu-ho-so:ten-tep".getBytes(StandardCharsets.US_ASCII));
    }

    static PaperKey random() {
        byte[] raw = new byte[BYTES];
        RANDOM.nextBytes(raw);
        return new PaperKey(raw);
    }

    static PaperKey of(byte[] raw) {
        if (raw.length != BYTES) {
            throw new IllegalArgumentException("khóa giấy tờ phải dài " + BYTES + " byte");
        }
        return new PaperKey(raw);
    }

    byte[] raw() {
        return raw.clone();
    }

    /** Whether both seal with the same key (a backup of this data folder), so their files are interchangeable. */
    boolean sameAs(PaperKey other) {
        return java.security.MessageDigest.isEqual(raw, other.raw);
    }

    /** The name a paper's file has in an encrypted store. */
    String storedName(String contentId) {
        return HexFormat.of().formatHex(hmac(naming, contentId.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The bytes written for a paper: MAGIC, a random nonce, the AES-GCM text bound to the file's name. */
    byte[] seal(String storedName, byte[] plain) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, storedName);
            ByteBuffer out = ByteBuffer.allocate(MAGIC.length + NONCE + cipher.getOutputSize(plain.length));
            out.put(MAGIC).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plain), out);
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Không mã hóa được giấy tờ: " + e.getMessage(), e);
        }
    }

    /**
     * The paper's bytes; {@link DamagedPaperException} when the file was changed, cut short, or
     * belongs under another name or key (GCM checks all of it).
     */
    byte[] open(String storedName, byte[] sealed) {
        if (sealed.length < MAGIC.length + NONCE + TAG_BITS / 8
                || !Arrays.equals(Arrays.copyOf(sealed, MAGIC.length), MAGIC)) {
            throw new DamagedPaperException(storedName);
        }
        byte[] nonce = Arrays.copyOfRange(sealed, MAGIC.length, MAGIC.length + NONCE);
        try {
            return cipher(Cipher.DECRYPT_MODE, nonce, storedName)
                    .doFinal(sealed, MAGIC.length + NONCE, sealed.length - MAGIC.length - NONCE);
        } catch (GeneralSecurityException e) {
            throw new DamagedPaperException(storedName);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String storedName) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, sealing, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(storedName.getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
