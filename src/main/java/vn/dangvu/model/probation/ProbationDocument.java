package vn.dangvu.model.probation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import vn.dangvu.model.Decision;

/** One dated document of a probation dossier, as recorded. */
public record ProbationDocument(ProbationStep step, LocalDate date, String number, String note) {

    public ProbationDocument {
        Objects.requireNonNull(step, "step");
        if (date == null) {
            throw new IllegalArgumentException(step.label() + ": thiếu " + step.dateLabel().toLowerCase(Locale.ROOT) + ".");
        }
        number = step.numbered() ? Decision.blankToNull(number) : null;
        note = Decision.blankToNull(note);
    }
}
