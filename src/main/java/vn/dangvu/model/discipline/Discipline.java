package vn.dangvu.model.discipline;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangvu.model.CalendarMonths;
import vn.dangvu.model.Decision;

/**
 * A disciplinary decision against a member (kỷ luật), DOMAIN.md §8. Every form but expulsion
 * lapses by itself 12 calendar months after it was announced.
 */
public record Discipline(Long id, long memberId, DisciplineForm form, LocalDate announcedOn, Decision decision,
                         String reason) {

    private static final int LAPSE_MONTHS = 12;

    public Discipline {
        Objects.requireNonNull(form, "form");
        if (announcedOn == null) {
            throw new IllegalArgumentException("Kỷ luật \"" + form.label() + "\" thiếu ngày công bố.");
        }
        decision = decision == null ? Decision.NONE : decision;
        reason = Decision.blankToNull(reason);
    }

    /** The day the decision stops having effect, or null for expulsion, which never lapses. */
    public LocalDate lapsesOn() {
        return form == DisciplineForm.EXPULSION ? null : CalendarMonths.after(announcedOn, LAPSE_MONTHS);
    }

    /** Whether the decision has effect on the given day. */
    public boolean inForceOn(LocalDate day) {
        LocalDate lapse = lapsesOn();
        return !day.isBefore(announcedOn) && (lapse == null || day.isBefore(lapse));
    }

    /** Whether it was announced in the given calendar year (the year it weighs on the rating). */
    public boolean announcedIn(int year) {
        return announcedOn.getYear() == year;
    }
}
