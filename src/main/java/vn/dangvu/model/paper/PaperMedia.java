package vn.dangvu.model.paper;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a paper may be, told by their first bytes (never by the file's name): a
 * renamed .exe is none of them.
 */
public enum PaperMedia {
    JPEG("jpg", "ảnh JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("png", "ảnh PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    TIFF("tif", "ảnh TIFF", new byte[] {'I', 'I', 42, 0}, new byte[] {'M', 'M', 0, 42}),
    PDF("pdf", "tệp PDF", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String extension;
    private final String label;
    private final byte[][] magic;

    PaperMedia(String extension, String label, byte[]... magic) {
        this.extension = extension;
        this.label = label;
        this.magic = magic;
    }

    /** What the first bytes of a file say it is; empty for anything else. */
    public static Optional<PaperMedia> sniff(byte[] head) {
        return Arrays.stream(values()).filter(m -> m.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        for (byte[] signature : magic) {
            if (head.length >= signature.length
                    && Arrays.equals(Arrays.copyOf(head, signature.length), signature)) {
                return true;
            }
        }
        return false;
    }

    /** The extension a copy gets when opened or packed ("jpg"). */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    public boolean image() {
        return this != PDF;
    }
}
