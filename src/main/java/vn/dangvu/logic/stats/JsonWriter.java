package vn.dangvu.logic.stats;

import java.math.BigDecimal;

/**
 * A minimal JSON writer with two-space indentation: objects, arrays, strings, integers and
 * decimals, which is all the statistics need. Strings are escaped per RFC 8259; text other
 * than control characters is written as is (the caller encodes the result in UTF-8).
 */
final class JsonWriter {

    private final StringBuilder out = new StringBuilder(4096);
    private int depth;
    /** The current object or array already has a member: a comma comes before the next. */
    private boolean needsComma;
    /** A member name was just written: its value follows on the same line. */
    private boolean afterName;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next member of the current object. */
    JsonWriter name(String name) {
        beforeValue();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String text) {
        beforeValue();
        if (text == null) {
            out.append("null");
        } else {
            string(text);
        }
        needsComma = true;
        return this;
    }

    JsonWriter value(long number) {
        beforeValue();
        out.append(number);
        needsComma = true;
        return this;
    }

    /** A decimal as is ("45.3"), or null. */
    JsonWriter value(BigDecimal number) {
        beforeValue();
        out.append(number == null ? "null" : number.toPlainString());
        needsComma = true;
        return this;
    }

    JsonWriter member(String name, long number) {
        return name(name).value(number);
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private JsonWriter open(char bracket) {
        beforeValue();
        out.append(bracket);
        depth++;
        needsComma = false;
        return this;
    }

    private JsonWriter close(char bracket) {
        depth--;
        if (needsComma) {
            newLine();
        }
        out.append(bracket);
        needsComma = true;
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (needsComma) {
            out.append(',');
        }
        if (depth > 0) {
            newLine();
        }
    }

    private void newLine() {
        out.append('\n').append("  ".repeat(depth));
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
