package vn.dangvu.ui.register;

import java.time.LocalDate;
import vn.dangvu.model.register.RegisterRow;

/**
 * One displayed line: the derived row plus the plain values the table sorts on.
 *
 * @param nameRank position in Vietnamese name order (given, middle, family)
 */
public record RegisterLine(int nameRank, RegisterRow row, String branchName) {

    public long id() {
        return row.id();
    }

    public String fullName() {
        return row.entry().name().full();
    }

    public LocalDate birthDate() {
        return row.entry().birthDate();
    }

    public String sex() {
        return row.entry().sex().label();
    }

    public String status() {
        String label = row.state().status().label();
        if (row.state().countsInPartyStrength() && row.state().exempt()) {
            label += " · miễn SH";
        }
        if (row.state().countsInPartyStrength() && row.state().temporarilyAway()) {
            label += " · đi SHTT";
        }
        return label;
    }
}
