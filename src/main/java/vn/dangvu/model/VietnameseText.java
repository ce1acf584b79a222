package vn.dangvu.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Search folding: "Nguyễn Văn Đức" and "nguyen van duc" fold to the same text. */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private VietnameseText() {
    }

    /** Lower case, tone and vowel marks dropped, đ mapped to d, spaces collapsed. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(unmarked.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").strip();
    }
}
