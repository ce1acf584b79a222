package vn.dangvu.model.badge;

import static vn.dangvu.model.DateFormats.format;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dangvu.model.CalendarMonths;
import vn.dangvu.model.discipline.Discipline;

/**
 * A member under cảnh cáo is considered for a badge again 6 months, under cách chức 1 year,
 * after the disciplinary decision (Quy định 29-QĐ/TW 2016, DOMAIN.md §11). The wait counts from
 * the date of the decision by default, or from the day the discipline lapses (12 months after
 * it was announced) when the office's badge rules say so (decision 0020).
 */
public final class DisciplineWait {

    /** Where the wait counts from. */
    public enum Start {
        /** The date of the disciplinary decision (its announcement when the decision date is not recorded). */
        DECISION,
        /** The day the discipline lapses, 12 months after it was announced. */
        LAPSE
    }

    private static final int AFTER_WARNING = 6;
    private static final int AFTER_DISMISSAL = 12;

    private DisciplineWait() {
    }

    /** The day the member may be proposed again after this decision, or null when it holds nothing back. */
    public static LocalDate waitsUntil(Discipline discipline, Start start) {
        int months = switch (discipline.form()) {
            case WARNING -> AFTER_WARNING;
            case DISMISSAL -> AFTER_DISMISSAL;
            case REPRIMAND, EXPULSION -> 0;
        };
        return months == 0 ? null : CalendarMonths.after(from(discipline, start), months);
    }

    private static LocalDate from(Discipline discipline, Start start) {
        if (start == Start.LAPSE) {
            return discipline.lapsesOn();
        }
        LocalDate decided = discipline.decision().date();
        return decided != null ? decided : discipline.announcedOn();
    }

    /** Why the member's discipline keeps them off the round of that day, or empty. */
    public static Optional<String> reasonOn(List<Discipline> decisions, LocalDate round, Start start) {
        return decisions.stream()
                .filter(d -> waitsUntil(d, start) != null && !round.isBefore(d.announcedOn())
                        && round.isBefore(waitsUntil(d, start)))
                .reduce((a, b) -> waitsUntil(b, start).isAfter(waitsUntil(a, start)) ? b : a)
                .map(d -> "Kỷ luật " + d.form().label().toLowerCase() + " ngày " + format(d.announcedOn())
                        + ", chờ đến " + format(waitsUntil(d, start)));
    }
}
