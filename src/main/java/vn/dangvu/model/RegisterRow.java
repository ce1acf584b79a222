package vn.dangvu.model;

import java.time.LocalDate;

/** One line of the register as it was at the end of a day. */
public record RegisterRow(RegisterEntry entry, MembershipState state, LocalDate admissionDate,
                          LocalDate officialDate, int age) {

    public long id() {
        return entry.id();
    }
}
