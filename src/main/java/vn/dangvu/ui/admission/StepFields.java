package vn.dangvu.ui.admission;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.admission.AdmissionStep;

/** The form fields of one dossier step; which of them show depends on the step. */
public final class StepFields {

    final AdmissionStep step;
    final StringProperty date = new SimpleStringProperty("");
    final StringProperty number = new SimpleStringProperty("");
    final StringProperty issuingBody = new SimpleStringProperty("");
    final StringProperty validUntil = new SimpleStringProperty("");
    final ObjectProperty<RegisterEntry> introducer = new SimpleObjectProperty<>();
    final StringProperty note = new SimpleStringProperty("");

    StepFields(AdmissionStep step) {
        this.step = step;
    }

    public AdmissionStep step() {
        return step;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty issuingBodyProperty() {
        return issuingBody;
    }

    public StringProperty validUntilProperty() {
        return validUntil;
    }

    public ObjectProperty<RegisterEntry> introducerProperty() {
        return introducer;
    }

    public StringProperty noteProperty() {
        return note;
    }

    boolean blank() {
        return date.get().isBlank() && number.get().isBlank() && issuingBody.get().isBlank()
                && validUntil.get().isBlank() && introducer.get() == null && note.get().isBlank();
    }

    void clear() {
        date.set("");
        number.set("");
        issuingBody.set("");
        validUntil.set("");
        introducer.set(null);
        note.set("");
    }
}
