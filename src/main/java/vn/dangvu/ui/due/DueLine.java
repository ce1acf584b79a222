package vn.dangvu.ui.due;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.due.DueItem;

/** One line of the due list as the table shows it. */
public record DueLine(DueItem item, String dueDate, String kind, String person, String branch, String state) {

    static DueLine of(DueItem item, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(asOf, item.dueDate());
        String state = (item.overdue() ? "Quá hạn " + (-days) + " ngày"
                : days == 0 ? "Đến hạn hôm nay" : "Còn " + days + " ngày")
                + (item.caveat() == null ? "" : " (" + item.caveat() + ")");
        return new DueLine(item, DateFormats.format(item.dueDate()), item.kind().label(), item.person().full(),
                item.branch(), state);
    }

    public boolean overdue() {
        return item.overdue();
    }
}
