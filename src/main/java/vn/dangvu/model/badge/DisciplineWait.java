package vn.dangvu.model.badge;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dangvu.model.CalendarMonths;
import vn.dangvu.model.discipline.Discipline;

/**
 * A member under cảnh cáo waits 6 months, under cách chức 1 year, after correcting the fault
 * before being proposed for a badge (DOMAIN.md §11). The fault counts as corrected when the
 * decision lapses, 12 months after it was announced (project rule, decision 0007).
 */
public final class DisciplineWait {

    private static final int AFTER_WARNING = 6;
    private static final int AFTER_DISMISSAL = 12;

    private DisciplineWait() {
    }

    /** The day the member may be proposed again after this decision, or null when it holds nothing back. */
    public static LocalDate waitsUntil(Discipline discipline) {
        return switch (discipline.form()) {
            case WARNING -> CalendarMonths.after(discipline.lapsesOn(), AFTER_WARNING);
            case DISMISSAL -> CalendarMonths.after(discipline.lapsesOn(), AFTER_DISMISSAL);
            case REPRIMAND, EXPULSION -> null;
        };
    }

    /** Why the member's discipline keeps them off the round of that day, or empty. */
    public static Optional<String> reasonOn(List<Discipline> decisions, LocalDate round) {
        return decisions.stream()
                .filter(d -> waitsUntil(d) != null && !round.isBefore(d.announcedOn()) && round.isBefore(waitsUntil(d)))
                .reduce((a, b) -> waitsUntil(b).isAfter(waitsUntil(a)) ? b : a)
                .map(d -> "Kỷ luật " + d.form().label().toLowerCase() + " ngày " + format(d.announcedOn())
                        + ", chờ đến " + format(waitsUntil(d)));
    }
}
