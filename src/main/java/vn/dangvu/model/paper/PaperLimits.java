package vn.dangvu.model.paper;

import vn.dangvu.model.NumberFormats;

/** How large a paper's file may be (rules/ho-so.properties, 25 MB unless the office says otherwise). */
public record PaperLimits(long maxBytes) {

    public static final int DEFAULT_MEGABYTES = 25;
    private static final long MEGABYTE = 1024L * 1024;

    public PaperLimits {
        if (maxBytes < MEGABYTE || maxBytes > 1024 * MEGABYTE) {
            throw new IllegalArgumentException("giới hạn tệp phải từ 1 đến 1024 MB.");
        }
    }

    public static PaperLimits ofMegabytes(int megabytes) {
        return new PaperLimits(megabytes * MEGABYTE);
    }

    /** "25 MB". */
    public String text() {
        return NumberFormats.count(maxBytes / MEGABYTE) + " MB";
    }

    /** "5,3 MB" or "820 KB": a file's size as a refusal names it. */
    public static String size(long bytes) {
        if (bytes >= MEGABYTE) {
            return NumberFormats.decimal(bytes / (double) MEGABYTE, 1, 1) + " MB";
        }
        return NumberFormats.count(Math.max(1, (bytes + 1023) / 1024)) + " KB";
    }
}
