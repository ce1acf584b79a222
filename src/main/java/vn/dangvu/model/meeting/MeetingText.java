package vn.dangvu.model.meeting;

import java.text.Normalizer;

/** Text typed into the minutes: NFC, trimmed, blank as null; blocks keep their line breaks. */
final class MeetingText {

    private MeetingText() {
    }

    /** One line: inner whitespace collapsed. */
    static String line(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** Several lines: each line trimmed, Windows line ends unified, blank lines at the ends dropped. */
    static String block(String text) {
        if (text == null) {
            return null;
        }
        String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\\r\\n|\\r|\\n", -1);
        StringBuilder out = new StringBuilder();
        for (String l : lines) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(l.replaceAll("[\\t\\p{Z}\\x0B\\f]+", " ").strip());
        }
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
