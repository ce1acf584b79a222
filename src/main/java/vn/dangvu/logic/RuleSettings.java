package vn.dangvu.logic;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.dangvu.model.NumberFormats;

/**
 * One editable settings table ({@code resources/rules/*.properties}): "key=value" lines, # for
 * notes, read as UTF-8. A mistake is refused in Vietnamese with the file and the key.
 */
public final class RuleSettings {

    private final String source;
    private final Properties settings = new Properties();

    private RuleSettings(String text, String source) {
        this.source = source;
        try {
            settings.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } catch (IllegalArgumentException e) {
            // Properties refuses only a malformed unicode escape, in English
            throw new IllegalArgumentException(source + ": có ký tự viết sai sau dấu \\.", e);
        }
    }

    /** @param source how to name the file in a message: "rules/badges.properties" or the office's own copy */
    public static RuleSettings parse(String text, String source) {
        return new RuleSettings(text, source);
    }

    /** The value, stripped, or empty when the key is missing. */
    public String text(String key) {
        return settings.getProperty(key, "").strip();
    }

    /** The value read by a rule whose refusal (IllegalArgumentException) is in Vietnamese. */
    public <T> T value(String key, Function<String, T> read) {
        return RuleTable.refusedAt(source + ", " + key, () -> read.apply(text(key)));
    }

    /** A whole number, or {@code fallback} when the key is missing or empty. */
    public int whole(String key, int fallback) {
        return value(key, text -> text.isEmpty() ? fallback : NumberFormats.parseWhole(text));
    }

    /** A list written "a, b, c", each item read by {@code read}; empty when the key is missing. */
    public <T> List<T> list(String key, Function<String, T> read) {
        return value(key, text -> Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .map(read).toList());
    }

    /** What the settings build; a refusal of it names the file. */
    public <T> T check(Supplier<T> build) {
        return RuleTable.refusedAt(source, build);
    }
}
