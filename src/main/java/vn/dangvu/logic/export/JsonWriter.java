package vn.dangvu.logic.export;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one JSON writer of the application (statistics, due list, badges, benchmarks): objects and
 * arrays with two-space indentation, or an object kept on one line; strings, integers, decimals
 * and booleans. Strings are escaped per RFC 8259; text other than control characters is written
 * as is (the caller encodes the result in UTF-8). No library: the output is small and fixed.
 */
public final class JsonWriter {

    private final StringBuilder out = new StringBuilder(4096);
    /** For each open object or array, from the innermost: whether it is written on one line. */
    private final Deque<Boolean> oneLine = new ArrayDeque<>();
    /** The current object or array already has a member: a comma comes before the next. */
    private boolean needsComma;
    /** A member name was just written: its value follows on the same line. */
    private boolean afterName;

    public JsonWriter beginObject() {
        return open('{', false);
    }

    /** An object on one line: {"a": 1, "b": "x"}; what it contains stays on that line too. */
    public JsonWriter beginObjectOnOneLine() {
        return open('{', true);
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        return open('[', false);
    }

    public JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next member of the current object. */
    public JsonWriter name(String name) {
        beforeValue();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String text) {
        if (text == null) {
            return literal("null");
        }
        beforeValue();
        string(text);
        needsComma = true;
        return this;
    }

    public JsonWriter value(long number) {
        return literal(String.valueOf(number));
    }

    /** A double as Java writes it ("12.5", "1.0E-4"). */
    public JsonWriter value(double number) {
        return literal(String.valueOf(number));
    }

    public JsonWriter value(boolean flag) {
        return literal(String.valueOf(flag));
    }

    /** A decimal as is ("45.3"), or null. */
    public JsonWriter value(BigDecimal number) {
        return literal(number == null ? "null" : number.toPlainString());
    }

    public JsonWriter member(String name, long number) {
        return name(name).value(number);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A number, true, false or null, written as is. */
    private JsonWriter literal(String text) {
        beforeValue();
        out.append(text);
        needsComma = true;
        return this;
    }

    private JsonWriter open(char bracket, boolean onOneLine) {
        beforeValue();
        out.append(bracket);
        oneLine.push(onOneLine || onOneLine());
        needsComma = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        boolean wasOnOneLine = oneLine.pop();
        if (needsComma && !wasOnOneLine) {
            newLine();
        }
        out.append(bracket);
        needsComma = true;
        return this;
    }

    private boolean onOneLine() {
        return !oneLine.isEmpty() && oneLine.peek();
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (onOneLine()) {
            if (needsComma) {
                out.append(", ");
            }
            return;
        }
        if (needsComma) {
            out.append(',');
        }
        if (!oneLine.isEmpty()) {
            newLine();
        }
    }

    private void newLine() {
        out.append('\n').append("  ".repeat(oneLine.size()));
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
