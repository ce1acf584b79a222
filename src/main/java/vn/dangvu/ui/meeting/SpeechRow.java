package vn.dangvu.ui.meeting;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One contribution in the discussion grid. */
public final class SpeechRow {

    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");

    public SpeechRow(String speaker, String text) {
        this.speaker.set(speaker == null ? "" : speaker);
        this.text.set(text == null ? "" : text);
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public StringProperty textProperty() {
        return text;
    }
}
