package vn.dangvu.ui.admission;

import vn.dangvu.model.DateFormats;
import vn.dangvu.model.RegisterEntry;

/** A person offered in a list (introducer, former member): name and birth date tell namesakes apart. */
public record PersonChoice(RegisterEntry entry) {

    static String label(RegisterEntry entry) {
        return entry == null ? "" : entry.name().full() + " (sinh " + DateFormats.format(entry.birthDate()) + ")";
    }

    @Override
    public String toString() {
        return label(entry);
    }
}
