package vn.dangvu.ui.probation;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.model.probation.ProbationStep;

/** One line of the probation dossier form: the document's date and number as typed. */
public final class ProbationDocumentRow {

    private final ProbationStep step;
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");

    ProbationDocumentRow(ProbationStep step) {
        this.step = step;
    }

    public ProbationStep step() {
        return step;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty numberProperty() {
        return number;
    }

    boolean blank() {
        return date.get().isBlank() && number.get().isBlank();
    }
}
