package vn.dangvu.model.rating;

/** A check that failed: shown to the clerk, who decides; grades are never changed by it. */
public record RatingWarning(Kind kind, String message) {

    public enum Kind {
        /** HTXSNV above the quota of HTTNV in the base organisation. */
        QUOTA,
        /** A member disciplined in the year rated above KHTNV. */
        DISCIPLINED,
        /** Sick leave of 3 months or more and rated above HTNV. */
        SICK_LEAVE,
        /** A grade recorded for a member who is not rated (exempt, suspended, admitted under 6 months, hosted). */
        NOT_TO_BE_RATED,
        /** A branch rated HTXSNV whose members do not meet the condition. */
        BRANCH_CONDITION
    }
}
