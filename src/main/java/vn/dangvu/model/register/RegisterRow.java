package vn.dangvu.model.register;

import java.time.LocalDate;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.RegisterEntry;

/** One line of the register as it was at the end of a day. */
public record RegisterRow(RegisterEntry entry, MembershipState state, LocalDate admissionDate,
                          LocalDate officialDate, int age) {

    public long id() {
        return entry.id();
    }
}
