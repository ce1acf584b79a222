package vn.dangvu.ui.transfer;

import vn.dangvu.model.DateFormats;
import vn.dangvu.model.RegisterEntry;

/** A member offered in a choice: name, birth date and branch, so namesakes can be told apart. */
record MemberChoice(long id, String label) {

    static MemberChoice of(RegisterEntry entry, String branch) {
        return new MemberChoice(entry.id(), entry.name().full() + " (" + DateFormats.format(entry.birthDate()) + ")"
                + (branch == null || branch.isEmpty() ? "" : " — " + branch));
    }

    @Override
    public String toString() {
        return label;
    }
}
