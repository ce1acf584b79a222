package vn.dangvu.logic.register;

import java.time.LocalDate;
import java.util.List;

/**
 * What the register shows, to be written as it is.
 *
 * @param asOf    the register's "as of" day
 * @param filters the active search and filters in words, empty when none
 * @param rows    in the screen's order
 */
public record MemberList(LocalDate asOf, String filters, List<MemberListRow> rows) {

    public MemberList {
        filters = filters == null ? "" : filters;
        rows = List.copyOf(rows);
    }
}
