package vn.dangvu.safety;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What one clerk of {@link FiveClerksTest} saved and saw refused, kept as it happened; written as
 * lines by a clerk in another process and read back by the test.
 */
final class ClerkLog {

    final int clerk;
    /** Edits saved per shared person. */
    final Map<Long, Integer> edits = new TreeMap<>();
    final Set<Long> rated = new HashSet<>();
    /** Imported lists: card prefix → rows. */
    final Map<String, Integer> lists = new LinkedHashMap<>();
    final List<String> unexpected = new ArrayList<>();
    int refused;
    private int meetings;

    ClerkLog(int clerk) {
        this.clerk = clerk;
    }

    void edited(long id) {
        edits.merge(id, 1, Integer::sum);
    }

    void refused() {
        refused++;
    }

    void rated(long id) {
        rated.add(id);
    }

    void met() {
        meetings++;
    }

    int meetings() {
        return meetings;
    }

    void imported(String prefix, int rows) {
        lists.put(prefix, rows);
    }

    int imports() {
        return lists.size();
    }

    int importedRows() {
        return lists.values().stream().mapToInt(Integer::intValue).sum();
    }

    int saved() {
        return edits.values().stream().mapToInt(Integer::intValue).sum();
    }

    void unexpected(Throwable e) {
        unexpected.add(e.getClass().getSimpleName() + ": " + e.getMessage()
                + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        edits.forEach((id, n) -> lines.add("EDITED " + id + " " + n));
        rated.forEach(id -> lines.add("RATED " + id));
        lists.forEach((prefix, rows) -> lines.add("IMPORTED " + prefix + " " + rows));
        lines.add("MEETINGS " + meetings);
        lines.add("REFUSED " + refused);
        unexpected.forEach(message -> lines.add("UNEXPECTED " + message.replace('\n', ' ')));
        return lines;
    }

    static ClerkLog parse(int clerk, List<String> lines) {
        ClerkLog log = new ClerkLog(clerk);
        for (String line : lines) {
            String[] word = line.split(" ", 3);
            switch (word[0]) {
                case "EDITED" -> log.edits.put(Long.parseLong(word[1]), Integer.parseInt(word[2]));
                case "RATED" -> log.rated.add(Long.parseLong(word[1]));
                case "IMPORTED" -> log.lists.put(word[1], Integer.parseInt(word[2]));
                case "MEETINGS" -> log.meetings = Integer.parseInt(word[1]);
                case "REFUSED" -> log.refused = Integer.parseInt(word[1]);
                case "UNEXPECTED" -> log.unexpected.add(line.substring("UNEXPECTED ".length()));
                default -> log.unexpected.add("the clerk's process printed: " + line);
            }
        }
        return log;
    }
}
