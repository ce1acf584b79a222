package vn.dangvu.model;

import java.text.Normalizer;
import java.util.Objects;

/** Họ, tên đệm, tên kept apart: Vietnamese lists sort by the given name first. */
public record PersonName(String family, String middle, String given) {

    public PersonName {
        family = clean(family);
        middle = clean(middle);
        given = clean(given);
        if (family.isEmpty()) {
            throw new InvalidField("familyName", "Thiếu họ.");
        }
        if (given.isEmpty()) {
            throw new InvalidField("givenName", "Thiếu tên.");
        }
    }

    /**
     * Splits a full name with the entry default "the last word is the given name"
     * (wrong for some names, so the form lets the clerk correct the split).
     */
    public static PersonName parse(String fullName) {
        String[] words = clean(fullName).split(" ");
        if (words.length < 2) {
            throw new IllegalArgumentException("Họ và tên phải có ít nhất họ và tên: \"" + clean(fullName) + "\".");
        }
        String middle = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
        return new PersonName(words[0], middle, words[words.length - 1]);
    }

    /** Trimmed, inner spaces collapsed, Unicode NFC. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        if (Normalizer.isNormalized(text, Normalizer.Form.NFC) && isTidy(text)) {
            return text; // the common case when reading the database: no copy
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    private static boolean isTidy(String text) {
        if (!text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((Character.isWhitespace(c) || Character.isSpaceChar(c)) && (c != ' ' || (i > 0 && text.charAt(i - 1) == ' '))) {
                return false;
            }
        }
        return true;
    }

    public String full() {
        return middle.isEmpty() ? family + " " + given : family + " " + middle + " " + given;
    }

    @Override
    public String toString() {
        return full();
    }

    public boolean sameAs(PersonName other) {
        return Objects.equals(full(), other.full());
    }
}
