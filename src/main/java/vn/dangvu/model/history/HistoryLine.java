package vn.dangvu.model.history;

import java.time.LocalDateTime;
import vn.dangvu.model.DateFormats;

/** A line of a history as the clerk reads it: when it was entered, by whom, and what in a sentence. */
public record HistoryLine(LocalDateTime at, String who, String sentence) {

    public static HistoryLine of(Change change) {
        return new HistoryLine(change.at(), change.who(), ChangeSentences.of(change));
    }

    /** "30/11/2026 09:15". */
    public String when() {
        return DateFormats.format(at);
    }
}
