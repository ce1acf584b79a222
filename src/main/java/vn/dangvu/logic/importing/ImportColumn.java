package vn.dangvu.logic.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.dangvu.model.VietnameseText;

/**
 * A column the importer knows: its label in the template, whether a value is required, and
 * other headers clerks use for it. Headers match ignoring case, diacritics, repeated spaces
 * and punctuation ("Ngày sinh", "NGAY SINH" and "ngày  sinh:" are the same column).
 */
public final class ImportColumn {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)");
    /**
     * Keys of the short words a list repeats on every row (Nam, Nữ, Kinh, HTTNV, Trung cấp…),
     * folded once: folding them again took about a tenth of an import's preview (issue 9).
     */
    private static final Map<String, String> SHORT_KEYS = new ConcurrentHashMap<>();
    private static final int SHORT = 40;
    private static final int SHORT_KEYS_KEPT = 10_000;

    private final String label;
    private final boolean required;
    private final List<String> keys;

    private ImportColumn(String label, boolean required, List<String> keys) {
        this.label = label;
        this.required = required;
        this.keys = keys;
    }

    public static ImportColumn required(String label, String... aliases) {
        return new ImportColumn(label, true, keys(label, aliases));
    }

    public static ImportColumn optional(String label, String... aliases) {
        return new ImportColumn(label, false, keys(label, aliases));
    }

    private static List<String> keys(String label, String... aliases) {
        List<String> keys = new ArrayList<>();
        keys.add(key(label));
        for (String alias : aliases) {
            keys.add(key(alias));
        }
        return List.copyOf(keys);
    }

    /** The form headers and names are compared in: "Họ  và   tên:" → "ho va ten". */
    public static String key(String text) {
        if (text == null || text.length() > SHORT) {
            return fold(text);
        }
        String known = SHORT_KEYS.get(text);
        if (known == null) {
            known = fold(text);
            if (SHORT_KEYS.size() < SHORT_KEYS_KEPT) {
                SHORT_KEYS.put(text, known);
            }
        }
        return known;
    }

    private static String fold(String text) {
        return NOT_LETTER_OR_DIGIT.matcher(VietnameseText.fold(text)).replaceAll(" ").strip();
    }

    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    /** Also without a bracketed hint: "Lý luận chính trị (CC, TC, SC)" is "Lý luận chính trị". */
    public boolean matches(String header) {
        return keys.contains(key(header)) || keys.contains(key(BRACKETED.matcher(header).replaceAll(" ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
