package vn.dangvu.model;

import java.time.LocalDate;

/** The decision behind an event: number, date and issuing body, any of which may be unknown. */
public record Decision(String number, LocalDate date, String issuingBody) {

    public static final Decision NONE = new Decision(null, null, null);

    public Decision {
        number = blankToNull(number);
        issuingBody = blankToNull(issuingBody);
    }

    public static String blankToNull(String text) {
        String cleaned = PersonName.clean(text);
        return cleaned.isEmpty() ? null : cleaned;
    }
}
